import type { Outcome } from '../../../platform/actions/outcome.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';

/**
 * A button press (accept, withdraw, a new link) has no form to show a refusal beside: the
 * plain problem page, or the API's problem, says it instead (409 "someone was first" …).
 */
export function settle<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw new HttpProblem(outcome.status, Object.values(outcome.errors)[0]?.code);
}
