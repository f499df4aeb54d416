import { newId } from '../../../platform/clock.ts';
import type { DbOrTx, Tables } from '../../../platform/db/schema.ts';
import { oneOf } from '../question/question.repository.ts';
import { activeReferralStatuses, referralStatuses, type ReferralStatus } from './referral.rules.ts';

export interface Referral {
  id: string;
  questionId: string;
  districtId: string;
  contactId: string;
  organizationId: string;
  contactName: string;
  organizationName: string;
  referredBy: string;
  summary: string;
  formalCare: boolean;
  status: ReferralStatus;
  createdAt: string;
  dueAt: string;
  respondedAt: string | null;
  declineReason: string | null;
  closedAt: string | null;
  outcome: string | null;
  reminderCount: number;
  lastRemindedAt: string | null;
  previousReferralId: string | null;
}

type Row = Tables['referrals'];

function toReferral(r: Row): Referral {
  return {
    id: r.id,
    questionId: r.question_id,
    districtId: r.district_id,
    contactId: r.contact_id,
    organizationId: r.organization_id,
    contactName: r.contact_name,
    organizationName: r.organization_name,
    referredBy: r.referred_by,
    summary: r.summary,
    formalCare: r.formal_care === 1,
    status: oneOf(referralStatuses, r.status),
    createdAt: r.created_at,
    dueAt: r.due_at,
    respondedAt: r.responded_at,
    declineReason: r.decline_reason,
    closedAt: r.closed_at,
    outcome: r.outcome,
    reminderCount: r.reminder_count,
    lastRemindedAt: r.last_reminded_at,
    previousReferralId: r.previous_referral_id,
  };
}

export async function insertReferral(
  db: DbOrTx,
  r: Pick<
    Referral,
    'questionId' | 'districtId' | 'referredBy' | 'summary' | 'formalCare' | 'createdAt' | 'dueAt' | 'previousReferralId'
  > & {
    contact: { id: string; name: string; organizationId: string; organizationName: string };
  },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('referrals')
    .values({
      id,
      question_id: r.questionId,
      district_id: r.districtId,
      contact_id: r.contact.id,
      organization_id: r.contact.organizationId,
      contact_name: r.contact.name,
      organization_name: r.contact.organizationName,
      referred_by: r.referredBy,
      summary: r.summary,
      formal_care: r.formalCare ? 1 : 0,
      status: 'pending',
      created_at: r.createdAt,
      due_at: r.dueAt,
      responded_at: null,
      decline_reason: null,
      closed_at: null,
      outcome: null,
      reminder_count: 0,
      last_reminded_at: null,
      previous_referral_id: r.previousReferralId,
    })
    .execute();
  return id;
}

export async function findReferral(db: DbOrTx, id: string): Promise<Referral | undefined> {
  const row = await db.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toReferral(row);
}

export async function referralsOfQuestion(db: DbOrTx, questionId: string): Promise<Referral[]> {
  const rows = await db.selectFrom('referrals').selectAll().where('question_id', '=', questionId).orderBy('created_at').execute();
  return rows.map(toReferral);
}

/** Conditional, like moveQuestion: false when the referral was no longer in `from`. */
export async function moveReferral(
  db: DbOrTx,
  id: string,
  from: ReferralStatus,
  to: ReferralStatus,
  fields: { respondedAt?: string; declineReason?: string; closedAt?: string; outcome?: string },
): Promise<boolean> {
  const result = await db
    .updateTable('referrals')
    .set({
      status: to,
      ...(fields.respondedAt === undefined ? {} : { responded_at: fields.respondedAt }),
      ...(fields.declineReason === undefined ? {} : { decline_reason: fields.declineReason }),
      ...(fields.closedAt === undefined ? {} : { closed_at: fields.closedAt }),
      ...(fields.outcome === undefined ? {} : { outcome: fields.outcome }),
    })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface InboxItem extends Referral {
  reference: string;
  urgency: string;
  buurtName: string | null;
  referrerName: string | null;
}

/**
 * Referrals addressed to this person: to a named contact that is them (`contactIds`), or to
 * an organisation they act for.
 */
export async function inboxOf(
  db: DbOrTx,
  query: { districtId: string; contactIds: readonly string[]; organizationIds: readonly string[] },
): Promise<InboxItem[]> {
  if (query.contactIds.length === 0 && query.organizationIds.length === 0) return [];
  const rows = await db
    .selectFrom('referrals as r')
    .innerJoin('questions as q', 'q.id', 'r.question_id')
    .leftJoin('buurten as b', 'b.id', 'q.buurt_id')
    .leftJoin('users as u', 'u.id', 'r.referred_by')
    .selectAll('r')
    .select(['q.reference', 'q.urgency', 'b.name as buurtName', 'u.name as referrerName'])
    .where('r.district_id', '=', query.districtId)
    .where((eb) =>
      eb.or([
        ...(query.contactIds.length > 0 ? [eb('r.contact_id', 'in', [...query.contactIds])] : []),
        ...(query.organizationIds.length > 0 ? [eb('r.organization_id', 'in', [...query.organizationIds])] : []),
      ]),
    )
    .orderBy('r.created_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    ...toReferral(r),
    reference: r.reference,
    urgency: r.urgency,
    buurtName: r.buurtName,
    referrerName: r.referrerName,
  }));
}

export async function pendingReferrals(db: DbOrTx, dueBefore: string): Promise<Referral[]> {
  const rows = await db.selectFrom('referrals').selectAll().where('status', '=', 'pending').where('due_at', '<', dueBefore).execute();
  return rows.map(toReferral);
}

export async function markReminded(db: DbOrTx, id: string, at: string, count: number): Promise<boolean> {
  const result = await db
    .updateTable('referrals')
    .set({ reminder_count: count + 1, last_reminded_at: at })
    .where('id', '=', id)
    .where('reminder_count', '=', count)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The resident withdrew, or their data was erased: whatever still waits or is worked on ends. */
export async function cancelOpenReferrals(db: DbOrTx, questionId: string, at: string): Promise<void> {
  await db
    .updateTable('referrals')
    .set({ status: 'cancelled', closed_at: at })
    .where('question_id', '=', questionId)
    .where('status', 'in', [...activeReferralStatuses])
    .execute();
}
