import { hashToken, newToken } from '../../platform/auth/tokens.ts';
import { newId } from '../../platform/clock.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import {
  checkDoneReport,
  checkIntake,
  checkMatchable,
  checkVolunteer,
  feeRateFor,
  manyJobsSince,
  talentKinds,
  type Frequency,
  type HouseRules,
  type Talent,
} from './help.rules.ts';
import { stepAllowed } from './lifecycle.rules.ts';
import { isMeetingPlaceOf } from './places.repository.ts';
import { insertProposal } from './proposals.repository.ts';
import { countOddJobsSince, type HelpRequest } from './requests.repository.ts';
import { allOrNothing, applyStep, takeStep, type StepResult } from './steps.ts';
import { findVolunteer, type Volunteer } from './volunteers.repository.ts';

/** A volunteer has this long to answer a proposal before the coordinator can ask someone else. */
const PROPOSAL_DAYS = 3;

const refuse = (rule: string) => ({ ok: false as const, rule });

/** The coordinator's check: what kind of help it really is, how often, how long, and where a buddy goes. */
export async function checkRequest(
  db: DbOrTx,
  request: HelpRequest,
  rules: HouseRules,
  input: { talent: Talent; frequency: Frequency; estimatedMinutes: number | null; meetingPlaceId: string | null },
  actorId: string,
  now: Date,
): Promise<StepResult> {
  const kind = talentKinds[input.talent];
  const verdict = checkIntake(rules, { ...request, kind, talent: input.talent, estimatedMinutes: input.estimatedMinutes });
  if (!verdict.ok) return verdict;
  if (input.meetingPlaceId !== null && !(await isMeetingPlaceOf(db, request.districtId, input.meetingPlaceId)))
    return refuse('help.refusal.unknownMeetingPlace');
  return takeStep(db, {
    request,
    action: 'check',
    actorId,
    now,
    set: {
      kind,
      talent: input.talent,
      frequency: input.frequency,
      estimated_minutes: input.estimatedMinutes,
      meeting_place_id: kind === 'buddy' ? input.meetingPlaceId : null,
      fee_rate_cents: feeRateFor(rules, kind),
    },
  });
}

/** "Kan de persoon een beroep doen op familie, vrienden of buren?", asked naturally and recorded. */
export function recordNetworkCheck(
  db: DbOrTx,
  request: HelpRequest,
  input: { answer: 'nobody' | 'network_can'; note: string | null },
  actorId: string,
  now: Date,
): Promise<StepResult> {
  return takeStep(db, {
    request,
    action: 'networkCheck',
    actorId,
    now,
    note: input.answer,
    set: { network_answer: input.answer, network_note: input.note, network_checked_at: now.toISOString() },
  });
}

/** Whether the request may be matched at all, under every house rule that speaks before a match. */
export async function matchVerdict(db: DbOrTx, request: HelpRequest, rules: HouseRules, now: Date) {
  const recentOddJobs = request.kind === 'odd_job' ? await countOddJobsSince(db, request, manyJobsSince(now, rules).toISOString()) : 0;
  return checkMatchable(rules, { ...request, recentOddJobs });
}

export type ProposeResult =
  { ok: true; request: HelpRequest; token: string; volunteer: Volunteer; expiresAt: Date } | { ok: false; rule: string };

/** Proposes one volunteer; of two coordinators doing this at once, one wins. */
export async function proposeVolunteer(
  db: DbOrTx,
  request: HelpRequest,
  rules: HouseRules,
  volunteerId: string,
  actorId: string,
  now: Date,
): Promise<ProposeResult> {
  const allowed = stepAllowed('propose', request);
  if (!allowed.ok) return allowed;
  const verdict = await matchVerdict(db, request, rules, now);
  if (!verdict.ok) return verdict;
  const volunteer = await findVolunteer(db, request.districtId, volunteerId);
  if (volunteer === undefined) return refuse('help.refusal.unknownVolunteer');
  const fits = checkVolunteer(rules, request, volunteer);
  if (!fits.ok) return fits;
  const token = newToken();
  const proposalId = newId();
  const expiresAt = new Date(now.getTime() + PROPOSAL_DAYS * 86_400_000);
  return allOrNothing(db, async (trx) => {
    const after = await applyStep(trx, {
      request,
      action: 'propose',
      actorId,
      now,
      note: volunteer.name,
      set: { open_proposal_id: proposalId },
    });
    await insertProposal(trx, {
      id: proposalId,
      requestId: request.id,
      volunteerId,
      tokenHash: hashToken(token),
      proposedBy: actorId,
      proposedAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    });
    return { ok: true as const, request: after, token, volunteer, expiresAt };
  });
}

/** The help was given: how long it took and, for an odd job, whether the fee was paid in cash. */
export function reportDone(
  db: DbOrTx,
  request: HelpRequest,
  rules: HouseRules,
  report: { minutes: number; feePaid: boolean },
  actorId: string | null,
  now: Date,
): Promise<StepResult> {
  const verdict = checkDoneReport(rules, request, report);
  if (!verdict.ok) return Promise.resolve(verdict);
  return takeStep(db, {
    request,
    action: 'done',
    actorId,
    now,
    set: { minutes_done: report.minutes, fee_cents: verdict.feeCents, fee_paid: report.feePaid ? 1 : 0 },
  });
}
