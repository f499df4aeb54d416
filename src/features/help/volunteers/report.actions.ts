import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { checkDoneReport, type HouseRules } from '../house-rules/house-rules.rules.ts';
import { actorOf, applyStep, type Actor } from '../lifecycle/lifecycle.actions.ts';
import type { HelpRequest } from '../lifecycle/requests.repository.ts';
import { refuseRule } from '../shared/refusals.ts';

export interface Report {
  minutes: number;
  feePaid: boolean;
}

/** The field of the report a refusal is about: the fee, the time, or the form as a whole. */
const fieldOf = (rule: string) =>
  rule === 'help.rule.freeServicesFree' ? 'feePaid' : rule.startsWith('help.rule.') ? 'minutes' : undefined;

/** The help was given, inside the caller's transaction: how long it took and, for an odd job, whether the fee was paid. */
export async function reportStep(trx: DbOrTx, help: HelpRequest, rules: HouseRules, report: Report, actor: Actor): Promise<HelpRequest> {
  const verdict = checkDoneReport(rules, help, report);
  if (!verdict.ok) refuseRule(verdict.rule, fieldOf(verdict.rule));
  const set = { minutes_done: report.minutes, fee_cents: verdict.feeCents, fee_paid: report.feePaid ? 1 : 0 };
  return applyStep(trx, { request: help, action: 'done', set }, actor);
}

/** The matched volunteer or a coordinator of the buurt reports the help as done. */
export function reportDone(ctx: ActionContext, help: HelpRequest, rules: HouseRules, report: Report): Promise<Outcome<HelpRequest>> {
  return runAction(ctx, async (trx) => success(await reportStep(trx, help, rules, report, actorOf(ctx))));
}
