import { hashToken, newToken } from '../../platform/auth/tokens.ts';
import { newId } from '../../platform/clock.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import { checkIntake, feeRateFor, feedbackDueAt, type Frequency, type HouseRules, type Kind, type Talent } from './help.rules.ts';
import { isMeetingPlaceOf, buurtOfDistrict } from './places.repository.ts';
import { requesterKeys } from './requester.rules.ts';
import { claimRequesterKeys, insertEvent, insertRequest } from './requests.repository.ts';
import { findHouseRules } from './rules.repository.ts';
import { inTransaction } from './transaction.ts';

export const sources = ['online', 'phone', 'walk_in', 'question', 'api'] as const;
export type Source = (typeof sources)[number];

export interface NewHelpRequest {
  districtId: string;
  buurtId: string;
  kind: Kind;
  talent: Talent | null;
  what: string;
  frequency: Frequency;
  estimatedMinutes: number | null;
  wishedSlots: number;
  wishedTime: string | null;
  meetingPlaceId: string | null;
  requesterName: string;
  phone: string | null;
  email: string | null;
  street: string | null;
  source: Source;
  questionId: string | null;
  createdBy: string | null;
}

export type IntakeResult = { ok: true; requestId: string; statusToken: string } | { ok: false; rule: string };

/** How long the requester's status link works. */
const STATUS_LINK_DAYS = 120;

async function refusalFor(db: DbOrTx, input: NewHelpRequest): Promise<{ rules: HouseRules } | { rule: string }> {
  const rules = await findHouseRules(db, input.districtId);
  if (rules === undefined) return { rule: 'help.refusal.notAvailable' };
  if ((await buurtOfDistrict(db, input.districtId, input.buurtId)) === undefined) return { rule: 'help.refusal.unknownBuurt' };
  if (input.meetingPlaceId !== null && !(await isMeetingPlaceOf(db, input.districtId, input.meetingPlaceId)))
    return { rule: 'help.refusal.unknownMeetingPlace' };
  const verdict = checkIntake(rules, input);
  return verdict.ok ? { rules } : { rule: verdict.rule };
}

/**
 * The one way a help request comes in (online form, coordinator, API, a triaged question):
 * the house rules are checked, "one service at a time" is held by the requester's keys,
 * and the request with its first timeline step is stored whole or not at all.
 */
export function submitHelpRequest(db: DbOrTx, input: NewHelpRequest, now: Date): Promise<IntakeResult> {
  return inTransaction(db, async (trx) => {
    const checked = await refusalFor(trx, input);
    if ('rule' in checked) return { ok: false, rule: checked.rule };
    const { rules } = checked;
    const id = newId();
    const keys = requesterKeys({ name: input.requesterName, phone: input.phone, email: input.email, street: input.street });
    if (rules.oneAtATime && !(await claimRequesterKeys(trx, input.districtId, keys, id)))
      return { ok: false, rule: 'help.rule.oneAtATime' };
    const at = now.toISOString();
    const statusToken = newToken();
    await insertRequest(trx, {
      id,
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
      requester_key: keys[0] ?? `id:${id}`,
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
      status_token_hash: hashToken(statusToken),
      status_token_expires_at: new Date(now.getTime() + STATUS_LINK_DAYS * 86_400_000).toISOString(),
    });
    await insertEvent(trx, {
      requestId: id,
      districtId: input.districtId,
      at,
      step: 'created',
      actorUserId: input.createdBy,
      note: input.source,
    });
    return { ok: true, requestId: id, statusToken };
  });
}
