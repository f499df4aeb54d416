import { hasAnswers, invitationProblem, type ConversationProblem } from '../core/core-answers.rules.ts';
import { answersOf } from '../core/core-answers.schema.ts';
import type { VisitInput } from './visit.schema.ts';

/**
 * What is wrong with a visit as recorded on `today` (the Amsterdam date), field by field:
 * no day in the future; a walk-in point named when the visit was at one; nothing personal
 * without the resident's consent (§8: no personal data without consent); something of the
 * conversation or of the agreement written down; a next step and its date together, the date
 * not before the visit; and an invitation to the volunteer pool as every core-questions form
 * asks it. Answers the first problem per field, in the order of the form.
 */
export function visitProblems(input: VisitInput, today: string): ConversationProblem[] {
  const problems: ConversationProblem[] = [];
  if (input.visitedOn > today) problems.push({ code: 'common-language.visit.dateFuture', field: 'visitedOn' });
  if (input.place === 'walk_in' && input.walkIn === null) problems.push({ code: 'common-language.visit.walkInRequired', field: 'walkIn' });
  const personal = input.name !== null || input.email !== null || input.phone !== null;
  if (personal && !input.consent) problems.push({ code: 'common-language.visit.personalNeedsConsent', field: 'consent' });
  const answers = answersOf(input);
  if (!hasAnswers(answers) && input.agreed === null) problems.push({ code: 'common-language.visit.empty', field: 'coreKnow' });
  if (input.nextStep !== null && input.nextStepOn === null)
    problems.push({ code: 'common-language.visit.nextDateRequired', field: 'nextStepOn' });
  if (input.nextStep === null && input.nextStepOn !== null)
    problems.push({ code: 'common-language.visit.nextStepRequired', field: 'nextStep' });
  if (input.nextStepOn !== null && input.nextStepOn < input.visitedOn) {
    problems.push({ code: 'common-language.visit.nextBeforeVisit', field: 'nextStepOn' });
  }
  if (input.coreInvite && !input.consent) {
    problems.push({ code: 'common-language.visit.inviteNeedsConsent', field: 'consent' });
  } else {
    const invitation = invitationProblem(answers, input.coreInvite, input);
    if (invitation !== null) problems.push(invitation);
  }
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.field) && seen.add(p.field));
}

/** A next step is due on its day and after it: the list marks it. */
export function isDue(nextStepOn: string | null, today: string): boolean {
  return nextStepOn !== null && nextStepOn <= today;
}

/** The pages of a list of `total` rows, `size` a page, and the page shown (within them). */
export function pageOf(total: number, size: number, asked: number): { page: number; pageCount: number; offset: number } {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(asked, pageCount);
  return { page, pageCount, offset: (page - 1) * size };
}
