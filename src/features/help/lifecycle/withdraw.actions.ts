import { queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { HouseRules } from '../house-rules/house-rules.rules.ts';
import { requestLabel } from '../shared/words.ts';
import { dutch, withdrawnMail } from '../shared/mails.ts';
import { ruleOf, ruleRefusal } from '../shared/refusals.ts';
import { findVolunteer } from '../volunteers/volunteers.repository.ts';
import { actorOf, applyStep } from './lifecycle.actions.ts';
import { findRequest, type HelpRequest } from './requests.repository.ts';

/** A matched volunteer hears that the requester withdrew, so they do not go for nothing. */
async function tellVolunteer(trx: DbOrTx, ctx: ActionContext, help: HelpRequest, rules: HouseRules): Promise<void> {
  const volunteer = help.volunteerId === null ? undefined : await findVolunteer(trx, help.districtId, help.volunteerId);
  if (volunteer === undefined) return;
  const mail = withdrawnMail(volunteer.email, { volunteer: volunteer.name, scheme: rules.schemeName, talent: requestLabel(dutch, help) });
  await queueMail(trx, ctx, { ...mail, districtId: help.districtId });
}

/** The coordinator withdraws the request on the resident's behalf. */
export function withdrawByCoordinator(ctx: ActionContext, help: HelpRequest, rules: HouseRules): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const after = await applyStep(trx, { request: help, action: 'withdraw', note: 'coordinator' }, actorOf(ctx));
    await tellVolunteer(trx, ctx, after, rules);
    return success();
  });
}

/**
 * The resident withdraws through their own link. That must not be lost to a race: when
 * someone changed the request meanwhile (a volunteer said yes at that moment), it is read
 * again and withdrawn as it is now, as long as the lifecycle still allows it.
 */
export async function withdrawByRequester(ctx: ActionContext, requestId: string, rules: HouseRules): Promise<Outcome> {
  for (let attempt = 0; ; attempt++) {
    const outcome = await runAction(ctx, async (trx) => {
      const latest = await findRequest(trx, requestId);
      if (latest === undefined) return ruleRefusal('help.refusal.changedMeanwhile');
      const after = await applyStep(trx, { request: latest, action: 'withdraw', note: 'requester' }, { actorId: null, now: ctx.now });
      await tellVolunteer(trx, ctx, after, rules);
      return success();
    });
    if (outcome.ok || ruleOf(outcome) !== 'help.refusal.changedMeanwhile' || attempt >= 2) return outcome;
  }
}
