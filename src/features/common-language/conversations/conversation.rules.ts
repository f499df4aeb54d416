import type { ConversationInput } from './conversation.schema.ts';

/** A problem with what was recorded: a catalog key and the field it belongs to. */
export interface ConversationProblem {
  code: string;
  field: string;
}

/**
 * A conversation needs at least one answer to a core question. An invitation to the
 * volunteer pool rests on what the resident would like to contribute or their talent, and
 * needs their name and a way to reach them (they agreed to be contacted).
 */
export function conversationProblem(input: ConversationInput): ConversationProblem | null {
  const answers = [input.know, input.achieve, input.need, input.self, input.contribute, input.talent];
  if (answers.every((a) => a === null)) return { code: 'common-language.conversation.empty', field: 'know' };
  if (!input.invite) return null;
  if (input.contribute === null && input.talent === null)
    return { code: 'common-language.conversation.inviteNeedsOffer', field: 'contribute' };
  if (input.name === null) return { code: 'common-language.conversation.inviteNeedsName', field: 'name' };
  if (input.email === null && input.phone === null) return { code: 'common-language.conversation.inviteNeedsContact', field: 'email' };
  return null;
}
