import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import { hashToken, newToken } from '../../../platform/auth/tokens.ts';
import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { isMeetingPlaceOf } from '../../guide/index.ts';
import { checkIntake, feeRateFor, feedbackDueAt, type HouseRules } from '../house-rules/house-rules.rules.ts';
import { findHouseRules } from '../house-rules/rules.repository.ts';
import { insertEvent } from '../lifecycle/events.repository.ts';
import { claimRequesterKeys } from '../lifecycle/requester-locks.repository.ts';
import { insertRequest } from '../lifecycle/requests.repository.ts';
import { statusLinkExpiry } from '../lifecycle/status-links.repository.ts';
import { buurtOfDistrict } from '../shared/places.repository.ts';
import { ruleRefusal } from '../shared/refusals.ts';
import { intakeFieldOf, type NewHelpRequest } from './intake.rules.ts';
import { requesterKeys } from './requester.rules.ts';

async function ruleAgainst(db: DbOrTx, input: NewHelpRequest): Promise<{ rules: HouseRules } | { rule: string }> {
  const rules = await findHouseRules(db, input.districtId);
  if (rules === undefined) return { rule: 'help.refusal.notAvailable' };
  if ((await buurtOfDistrict(db, input.districtId, input.buurtId)) === undefined) return { rule: 'help.refusal.unknownBuurt' };
  if (input.meetingPlaceId !== null && !(await isMeetingPlaceOf(db, input.districtId, input.meetingPlaceId)))
    return { rule: 'help.refusal.unknownMeetingPlace' };
  const verdict = checkIntake(rules, input);
  return verdict.ok ? { rules } : { rule: verdict.rule };
}

function rowOf(input: NewHelpRequest, rules: HouseRules, ids: { id: string; key: string; tokenHash: string }, now: Date) {
  const at = now.toISOString();
  return {
    id: ids.id,
    district_id: input.districtId,
    buurt_id: input.buurtId,
    kind: input.kind,
    talent: input.talent,
    what: input.what,
    frequency: input.frequency,
    estimated_minutes: input.estimatedMinutes,
    wished_slots: input.wishedSlots,
    wished_time: input.wishedTime,
    meeting_place_id: input.meetingPlaceId,
    requester_name: input.requesterName,
    phone: input.phone,
    email: input.email,
    street: input.street,
    requester_key: ids.key,
    source: input.source,
    question_id: input.questionId,
    created_by: input.createdBy,
    created_at: at,
    status: 'new',
    status_at: at,
    feedback_due_at: feedbackDueAt(now, rules).toISOString(),
    heard_back_at: null,
    reminder_sent_at: null,
    network_answer: null,
    network_note: null,
    network_checked_at: null,
    volunteer_id: null,
    open_proposal_id: null,
    fee_rate_cents: feeRateFor(rules, input.kind),
    minutes_done: null,
    fee_cents: null,
    fee_paid: 0,
    outcome_reason: null,
    outcome_note: null,
    status_token_hash: ids.tokenHash,
    status_token_expires_at: statusLinkExpiry(now),
  };
}

export interface Admitted {
  requestId: string;
  statusToken: string;
  rules: HouseRules;
}

/**
 * The one way a help request comes in (online form, coordinator, API, a triaged question),
 * inside the caller's transaction: the house rules are checked, "one service at a time" is
 * held by the requester's keys, and the request with its first timeline step is stored.
 * A refusal writes nothing (keys taken so far are given back), so it is answered, not thrown.
 */
export async function admitRequest(trx: DbOrTx, input: NewHelpRequest, now: Date): Promise<Outcome<Admitted>> {
  const checked = await ruleAgainst(trx, input);
  if ('rule' in checked) return ruleRefusal(checked.rule, intakeFieldOf[checked.rule]);
  const id = newId();
  const keys = requesterKeys({ name: input.requesterName, phone: input.phone, email: input.email, street: input.street });
  if (checked.rules.oneAtATime && !(await claimRequesterKeys(trx, input.districtId, keys, id))) return ruleRefusal('help.rule.oneAtATime');
  const statusToken = newToken();
  await insertRequest(trx, rowOf(input, checked.rules, { id, key: keys[0] ?? `id:${id}`, tokenHash: hashToken(statusToken) }, now));
  await insertEvent(trx, {
    requestId: id,
    districtId: input.districtId,
    at: now.toISOString(),
    step: 'created',
    actorUserId: input.createdBy,
    note: input.source,
  });
  return success({ requestId: id, statusToken, rules: checked.rules });
}
