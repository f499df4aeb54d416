import type { CoreAnswers } from './core-answers.schema.ts';

/** A problem with what was recorded: a catalog key and the field it belongs to. */
export interface ConversationProblem {
  code: string;
  field: string;
}

/** How the resident can be reached, as the form that holds the core questions gave it. */
export interface Reach {
  name: string | null;
  email: string | null;
  phone: string | null;
}

export const hasAnswers = (answers: CoreAnswers): boolean => Object.values(answers).some((a) => a !== null);

/**
 * Reciprocity with consent: an invitation to the volunteer pool rests on what the resident
 * would like to contribute or their talent, and needs their name and a way to reach them.
 * Without the tick nothing travels, whatever was answered.
 */
export function invitationProblem(answers: CoreAnswers, invite: boolean, reach: Reach): ConversationProblem | null {
  if (!invite) return null;
  if (answers.contribute === null && answers.talent === null)
    return { code: 'common-language.conversation.inviteNeedsOffer', field: 'coreContribute' };
  if (reach.name === null) return { code: 'common-language.conversation.inviteNeedsName', field: 'name' };
  if (reach.email === null && reach.phone === null) return { code: 'common-language.conversation.inviteNeedsContact', field: 'email' };
  return null;
}
