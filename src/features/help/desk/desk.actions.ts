import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { isMeetingPlaceOf } from '../../guide/index.ts';
import { checkIntake, feeRateFor, type HouseRules } from '../house-rules/house-rules.rules.ts';
import { actorOf, applyStep, type Actor, type Move } from '../lifecycle/lifecycle.actions.ts';
import type { HelpRequest } from '../lifecycle/requests.repository.ts';
import { refuseRule } from '../shared/refusals.ts';
import { talentKinds, type Frequency, type Talent } from '../shared/talents.rules.ts';

export interface Check {
  talent: Talent;
  frequency: Frequency;
  estimatedMinutes: number | null;
  meetingPlaceId: string | null;
}

/**
 * The coordinator's check, inside the caller's transaction: what kind of help it really is,
 * how often, how long, and where a buddy goes.
 */
export async function checkStep(trx: DbOrTx, help: HelpRequest, rules: HouseRules, input: Check, actor: Actor): Promise<HelpRequest> {
  const kind = talentKinds[input.talent];
  const verdict = checkIntake(rules, { ...help, kind, talent: input.talent, estimatedMinutes: input.estimatedMinutes });
  if (!verdict.ok) refuseRule(verdict.rule);
  if (input.meetingPlaceId !== null && !(await isMeetingPlaceOf(trx, help.districtId, input.meetingPlaceId)))
    refuseRule('help.refusal.unknownMeetingPlace');
  const set = {
    kind,
    talent: input.talent,
    frequency: input.frequency,
    estimated_minutes: input.estimatedMinutes,
    meeting_place_id: kind === 'buddy' ? input.meetingPlaceId : null,
    fee_rate_cents: feeRateFor(rules, kind),
  };
  return applyStep(trx, { request: help, action: 'check', set }, actor);
}

export function checkRequest(ctx: ActionContext, help: HelpRequest, rules: HouseRules, input: Check): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    await checkStep(trx, help, rules, input, actorOf(ctx));
    return success();
  });
}

/** "Kan de persoon een beroep doen op familie, vrienden of buren?", asked naturally and recorded. */
export function networkMove(help: HelpRequest, input: { answer: 'nobody' | 'network_can'; networkNote: string | null }, now: Date): Move {
  const set = { network_answer: input.answer, network_note: input.networkNote, network_checked_at: now.toISOString() };
  return { request: help, action: 'networkCheck', note: input.answer, set };
}

/** Not for neighbour help, with the reason. */
export function declineMove(help: HelpRequest, input: { reason: string; declineNote: string | null }): Move {
  return { request: help, action: 'decline', note: input.reason, set: { outcome_reason: input.reason, outcome_note: input.declineNote } };
}

/** Sent on to a social entrepreneur, the students or elsewhere, with to whom. */
export function referMove(help: HelpRequest, input: { referKind: string; referTo: string; referNote: string | null }): Move {
  const note = [input.referTo, input.referNote ?? ''].filter((p) => p !== '').join(' · ');
  return {
    request: help,
    action: 'refer',
    note: input.referTo,
    set: { outcome_reason: `referred_${input.referKind}`, outcome_note: note },
  };
}

/** The requester has heard back: the feedback deadline is met. */
export function heardBackMove(help: HelpRequest, now: Date): Move {
  return { request: help, action: 'heardBack', set: { heard_back_at: now.toISOString() } };
}
