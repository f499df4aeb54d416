import type { DbOrTx } from '../../../platform/db/schema.ts';
import { oneOf } from '../question/question.repository.ts';
import {
  channels,
  outcomes,
  questionStatuses,
  urgencies,
  type Channel,
  type QuestionOutcome,
  type QuestionStatus,
  type Urgency,
} from '../question/question.rules.ts';
import { activeReferralStatuses, referralStatuses, type ReferralStatus } from '../referrals/referral.rules.ts';
import { listGroups, type ListGroup } from './triage.rules.ts';

/** A row of the coordinators' list: no personal data, so looking at the list is not a read of it. */
export interface QuestionListItem {
  id: string;
  reference: string;
  buurtName: string | null;
  urgency: Urgency;
  channel: Channel;
  status: QuestionStatus;
  outcome: QuestionOutcome | null;
  createdAt: string;
  firstResponseAt: string | null;
  awaitingStaff: boolean;
  referral: { contactName: string; organizationName: string; status: ReferralStatus; dueAt: string } | null;
}

const LIST_LIMIT = 300;

export async function listForTriage(
  db: DbOrTx,
  query: { districtId: string; buurten: 'all' | readonly string[]; group: ListGroup; reference?: string },
): Promise<QuestionListItem[]> {
  if (query.buurten !== 'all' && query.buurten.length === 0) return [];
  let q = db
    .selectFrom('questions as q')
    .leftJoin('buurten as b', 'b.id', 'q.buurt_id')
    .select([
      'q.id',
      'q.reference',
      'b.name as buurtName',
      'q.urgency',
      'q.channel',
      'q.status',
      'q.outcome',
      'q.created_at',
      'q.first_response_at',
      'q.awaiting_staff',
    ])
    .where('q.district_id', '=', query.districtId)
    .where('q.status', 'in', [...listGroups[query.group]])
    .orderBy('q.created_at', query.group === 'nieuw' ? 'asc' : 'desc')
    .limit(LIST_LIMIT);
  if (query.buurten !== 'all') q = q.where('q.buurt_id', 'in', [...query.buurten]);
  if (query.reference !== undefined) q = q.where('q.reference', '=', query.reference);
  const rows = await q.execute();
  const referrals = await activeReferrals(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    buurtName: r.buurtName,
    urgency: oneOf(urgencies, r.urgency),
    channel: oneOf(channels, r.channel),
    status: oneOf(questionStatuses, r.status),
    outcome: r.outcome === null ? null : oneOf(outcomes, r.outcome),
    createdAt: r.created_at,
    firstResponseAt: r.first_response_at,
    awaitingStaff: r.awaiting_staff === 1,
    referral: referrals.get(r.id) ?? null,
  }));
}

async function activeReferrals(db: DbOrTx, questionIds: readonly string[]) {
  const found = new Map<string, QuestionListItem['referral']>();
  if (questionIds.length === 0) return found;
  const rows = await db
    .selectFrom('referrals')
    .select(['question_id', 'contact_name', 'organization_name', 'status', 'due_at'])
    .where('question_id', 'in', [...questionIds])
    .where('status', 'in', [...activeReferralStatuses])
    .execute();
  for (const r of rows) {
    found.set(r.question_id, {
      contactName: r.contact_name,
      organizationName: r.organization_name,
      status: oneOf(referralStatuses, r.status),
      dueAt: r.due_at,
    });
  }
  return found;
}
