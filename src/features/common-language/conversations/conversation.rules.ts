import { hasAnswers, invitationProblem, type ConversationProblem } from '../core/core-answers.rules.ts';
import { answersOf } from '../core/core-answers.schema.ts';
import type { ConversationInput } from './conversation.schema.ts';

/**
 * A conversation on its own page needs at least one answer to a core question; an invitation
 * to the volunteer pool follows the rule of every form with the core questions.
 */
export function conversationProblem(input: ConversationInput): ConversationProblem | null {
  const answers = answersOf(input);
  if (!hasAnswers(answers)) return { code: 'common-language.conversation.empty', field: 'coreKnow' };
  return invitationProblem(answers, input.coreInvite, input);
}
