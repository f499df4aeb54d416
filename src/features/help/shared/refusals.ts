import { refusal, refuse, type Refusal } from '../../../platform/actions/outcome.ts';

/** Refusals that mean the state forbids the step or someone was first: 409; a house rule speaking is 422. */
const conflicts = new Set(['help.refusal.changedMeanwhile', 'help.refusal.alreadyProposed', 'help.refusal.wrongStep']);

const options = (rule: string, field?: string) => ({ status: conflicts.has(rule) ? (409 as const) : (422 as const), field });

/** A house rule or the lifecycle refusing, answered; beside `field` on a form, else at its top. */
export function ruleRefusal(rule: string, field?: string) {
  return refusal(rule, options(rule, field));
}

/** The same, thrown halfway through an action: everything it wrote is rolled back. */
export function refuseRule(rule: string, field?: string): never {
  return refuse(rule, options(rule, field));
}

/** The rule a refusal names (its first problem), for answers that carry one code. */
export function ruleOf(refused: Refusal): string {
  return Object.values(refused.errors)[0]?.code ?? 'error.409';
}
