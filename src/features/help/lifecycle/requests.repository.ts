import type { Selectable, Updateable } from 'kysely';
import type { DbOrTx, Tables } from '../../../platform/db/schema.ts';
import { frequencies, isTalent, kinds, type Frequency, type Kind, type Talent } from '../shared/talents.rules.ts';
import { isStatus, type Status } from './lifecycle.rules.ts';

type RequestRow = Selectable<Tables['help_requests']>;

export interface HelpRequest {
  id: string;
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
  requesterKey: string;
  source: string;
  questionId: string | null;
  createdAt: string;
  status: Status;
  statusAt: string;
  feedbackDueAt: string;
  heardBackAt: string | null;
  reminderSentAt: string | null;
  networkAnswer: string | null;
  networkNote: string | null;
  volunteerId: string | null;
  openProposalId: string | null;
  feeRateCents: number;
  minutesDone: number | null;
  feeCents: number | null;
  feePaid: boolean;
  outcomeReason: string | null;
  outcomeNote: string | null;
}

const oneOf = <T extends string>(list: readonly [T, ...T[]], value: string): T =>
  (list as readonly string[]).includes(value) ? (value as T) : list[0];

function toRequest(row: RequestRow): HelpRequest {
  return {
    id: row.id,
    districtId: row.district_id,
    buurtId: row.buurt_id,
    kind: oneOf(kinds, row.kind),
    talent: isTalent(row.talent) ? row.talent : null,
    what: row.what,
    frequency: oneOf(frequencies, row.frequency),
    estimatedMinutes: row.estimated_minutes,
    wishedSlots: row.wished_slots,
    wishedTime: row.wished_time,
    meetingPlaceId: row.meeting_place_id,
    requesterName: row.requester_name,
    phone: row.phone,
    email: row.email,
    street: row.street,
    requesterKey: row.requester_key,
    source: row.source,
    questionId: row.question_id,
    createdAt: row.created_at,
    status: isStatus(row.status) ? row.status : 'new',
    statusAt: row.status_at,
    feedbackDueAt: row.feedback_due_at,
    heardBackAt: row.heard_back_at,
    reminderSentAt: row.reminder_sent_at,
    networkAnswer: row.network_answer,
    networkNote: row.network_note,
    volunteerId: row.volunteer_id,
    openProposalId: row.open_proposal_id,
    feeRateCents: row.fee_rate_cents,
    minutesDone: row.minutes_done,
    feeCents: row.fee_cents,
    feePaid: row.fee_paid === 1,
    outcomeReason: row.outcome_reason,
    outcomeNote: row.outcome_note,
  };
}

export async function insertRequest(db: DbOrTx, row: RequestRow): Promise<void> {
  await db.insertInto('help_requests').values(row).execute();
}

export async function findRequest(db: DbOrTx, id: string): Promise<HelpRequest | undefined> {
  const row = await db.selectFrom('help_requests').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRequest(row);
}

export async function findRequestByStatusToken(
  db: DbOrTx,
  tokenHash: string,
): Promise<{ request: HelpRequest; expiresAt: string } | undefined> {
  const row = await db.selectFrom('help_requests').selectAll().where('status_token_hash', '=', tokenHash).executeTakeFirst();
  if (row !== undefined) return { request: toRequest(row), expiresAt: row.status_token_expires_at ?? row.created_at };
  // A link sent later, with a mail about the request (see status-links.repository.ts).
  const later = await db
    .selectFrom('help_status_links as l')
    .innerJoin('help_requests as r', 'r.id', 'l.request_id')
    .selectAll('r')
    .select('l.expires_at as link_expires_at')
    .where('l.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return later && { request: toRequest(later), expiresAt: later.link_expires_at };
}

/**
 * Changes a request only if it is still in the status the caller saw (and, where given,
 * still has that open proposal): of two people acting at once, exactly one wins.
 */
export async function updateRequestIf(
  db: DbOrTx,
  id: string,
  expected: { status: Status; openProposalId?: string | null },
  set: Updateable<Tables['help_requests']>,
): Promise<boolean> {
  let query = db.updateTable('help_requests').set(set).where('id', '=', id).where('status', '=', expected.status);
  if (expected.openProposalId === null) query = query.where('open_proposal_id', 'is', null);
  else if (expected.openProposalId !== undefined) query = query.where('open_proposal_id', '=', expected.openProposalId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
