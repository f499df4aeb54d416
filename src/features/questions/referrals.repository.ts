import { newId } from '../../platform/clock.ts';
import type { DbOrTx, Tables } from '../../platform/db/schema.ts';
import { oneOf } from './questions.repository.ts';
import { referralStatuses, type ReferralStatus } from './questions.rules.ts';

/** A named person at a partner organisation of the district (the guide's contacts). */
export interface PartnerContact {
  id: string;
  name: string;
  title: string | null;
  contactFor: string;
  email: string | null;
  phone: string | null;
  userId: string | null;
  organizationId: string;
  organizationName: string;
}

function contactsQuery(db: DbOrTx, districtId: string) {
  return (
    db
      .selectFrom('contacts as c')
      .innerJoin('organizations as o', 'o.id', 'c.organization_id')
      .select([
        'c.id',
        'c.name',
        'c.title',
        'c.contact_for as contactFor',
        'c.email',
        'c.phone',
        'c.user_id as userId',
        'o.id as organizationId',
        'o.name as organizationName',
      ])
      .where('o.district_id', '=', districtId)
      // Only people who can answer a referral here: with an account of their own, or at an
      // organisation where someone acts for it (professional or partner contact).
      .where((eb) =>
        eb.or([
          eb('c.user_id', 'is not', null),
          eb.exists(
            eb
              .selectFrom('role_assignments as ra')
              .select('ra.id')
              .whereRef('ra.organization_id', '=', 'c.organization_id')
              .where('ra.role', 'in', ['professional', 'partner_contact']),
          ),
        ]),
      )
  );
}

export function partnerContacts(db: DbOrTx, districtId: string): Promise<PartnerContact[]> {
  return contactsQuery(db, districtId).orderBy('o.name').orderBy('c.name').execute();
}

export function findPartnerContact(db: DbOrTx, districtId: string, contactId: string): Promise<PartnerContact | undefined> {
  return contactsQuery(db, districtId).where('c.id', '=', contactId).executeTakeFirst();
}

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
    contact: PartnerContact;
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

/** Referrals addressed to this person: as the named contact, or for an organisation they act for. */
export async function inboxOf(
  db: DbOrTx,
  query: { districtId: string; userId: string; organizationIds: readonly string[] },
): Promise<InboxItem[]> {
  const rows = await db
    .selectFrom('referrals as r')
    .innerJoin('questions as q', 'q.id', 'r.question_id')
    .leftJoin('contacts as c', 'c.id', 'r.contact_id')
    .leftJoin('buurten as b', 'b.id', 'q.buurt_id')
    .leftJoin('users as u', 'u.id', 'r.referred_by')
    .selectAll('r')
    .select(['q.reference', 'q.urgency', 'b.name as buurtName', 'u.name as referrerName'])
    .where('r.district_id', '=', query.districtId)
    .where((eb) =>
      eb.or([
        eb('c.user_id', '=', query.userId),
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

/** Whether the named contact has an account, and so an inbox of their own. */
export async function contactUserOf(db: DbOrTx, contactId: string): Promise<string | null> {
  return (await db.selectFrom('contacts').select('user_id').where('id', '=', contactId).executeTakeFirst())?.user_id ?? null;
}

/**
 * Where a referral's mails go: the contact's own address, else that of their account, else
 * the people who act for the organisation.
 */
export async function receiverAddresses(db: DbOrTx, referral: { contactId: string; organizationId: string }): Promise<string[]> {
  const own = await db
    .selectFrom('contacts as c')
    .leftJoin('users as u', 'u.id', 'c.user_id')
    .select((eb) => eb.fn.coalesce('c.email', 'u.email').as('email'))
    .where('c.id', '=', referral.contactId)
    .executeTakeFirst();
  if (own?.email) return [own.email];
  const actors = await db
    .selectFrom('role_assignments as ra')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .select('u.email')
    .distinct()
    .where('ra.organization_id', '=', referral.organizationId)
    .where('ra.role', 'in', ['professional', 'partner_contact'])
    .execute();
  return actors.map((a) => a.email);
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
