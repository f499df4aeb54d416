import { hasAnswers, invitationProblem, type ConversationProblem } from '../core/core-answers.rules.ts';
import { answersOf } from '../core/core-answers.schema.ts';
import type { VisitInput } from './visit.schema.ts';

type Problems = ConversationProblem[];
const problem = (field: string, key: string): ConversationProblem => ({ code: `common-language.visit.${key}`, field });

/** The day and the place: no day in the future; a walk-in point of the guide when the visit was at one. */
function whenAndWhere(input: VisitInput, today: string, walkIns: ReadonlySet<string>): Problems {
  const problems: Problems = [];
  if (input.visitedOn > today) problems.push(problem('visitedOn', 'dateFuture'));
  if (input.place !== 'walk_in') return problems;
  if (input.walkIn === null) problems.push(problem('walkIn', 'walkInRequired'));
  else if (!walkIns.has(input.walkIn)) problems.push({ code: 'validation.choice', field: 'walkIn' });
  return problems;
}

/** Nothing personal without the resident's consent (seed 000 §8), also no invitation to the volunteer pool. */
function personal(input: VisitInput): Problems {
  const given = input.name !== null || input.email !== null || input.phone !== null;
  if (input.consent) return [];
  if (input.coreInvite) return [problem('consent', 'inviteNeedsConsent')];
  return given ? [problem('consent', 'personalNeedsConsent')] : [];
}

/** A next step and its date together, the date not before the visit. */
function nextStep(input: VisitInput): Problems {
  if (input.nextStep !== null && input.nextStepOn === null) return [problem('nextStepOn', 'nextDateRequired')];
  if (input.nextStep === null && input.nextStepOn !== null) return [problem('nextStep', 'nextStepRequired')];
  if (input.nextStepOn !== null && input.nextStepOn < input.visitedOn) return [problem('nextStepOn', 'nextBeforeVisit')];
  return [];
}

/**
 * What is wrong with a visit as recorded on `today` (the Amsterdam date), field by field, in
 * the order of the form: the day and place, consent for anything personal, something of the
 * conversation or the agreement written down, the next step, and an invitation to the volunteer
 * pool as every core-questions form asks it. At most one problem per field.
 */
export function visitProblems(input: VisitInput, today: string, walkIns: ReadonlySet<string>): Problems {
  const answers = answersOf(input);
  const problems = [
    ...whenAndWhere(input, today, walkIns),
    ...personal(input),
    ...(!hasAnswers(answers) && input.agreed === null ? [problem('coreKnow', 'empty')] : []),
    ...nextStep(input),
  ];
  const invitation = input.consent ? invitationProblem(answers, input.coreInvite, input) : null;
  if (invitation !== null) problems.push(invitation);
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
