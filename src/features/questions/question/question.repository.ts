import { newId } from '../../../platform/clock.ts';
// The tables this feature adds to the one database type.
import '../questions.tables.ts';
import type { DbOrTx, Tables } from '../../../platform/db/schema.ts';
import { isLang, type Lang } from '../../../platform/i18n/i18n.ts';
import {
  channels,
  contactMethods,
  outcomes,
  questionStatuses,
  urgencies,
  type Channel,
  type ContactMethod,
  type NextState,
  type QuestionOutcome,
  type QuestionStatus,
  type Urgency,
} from './question.rules.ts';

export interface Question {
  id: string;
  districtId: string;
  buurtId: string | null;
  reference: string;
  text: string;
  requesterName: string | null;
  contactBy: ContactMethod;
  phone: string | null;
  email: string | null;
  street: string | null;
  walkInLocationId: string | null;
  urgency: Urgency;
  channel: Channel;
  recordedBy: string | null;
  lang: Lang;
  status: QuestionStatus;
  outcome: QuestionOutcome | null;
  awaitingStaff: boolean;
  createdAt: string;
  firstResponseAt: string | null;
  closedAt: string | null;
  anonymisedAt: string | null;
}

/** Reads a stored word back into its type; an unexpected one (a bug) falls back to the first. */
export function oneOf<T extends string>(list: readonly T[], value: string | null): T {
  return list.find((v) => v === value) ?? (list[0] as T);
}

type Row = Tables['questions'];

function toQuestion(r: Row): Question {
  return {
    id: r.id,
    districtId: r.district_id,
    buurtId: r.buurt_id,
    reference: r.reference,
    text: r.text,
    requesterName: r.requester_name,
    contactBy: oneOf(contactMethods, r.contact_by),
    phone: r.phone,
    email: r.email,
    street: r.street,
    walkInLocationId: r.walk_in_location_id,
    urgency: oneOf(urgencies, r.urgency),
    channel: oneOf(channels, r.channel),
    recordedBy: r.recorded_by,
    lang: isLang(r.lang) ? r.lang : 'nl',
    status: oneOf(questionStatuses, r.status),
    outcome: r.outcome === null ? null : oneOf(outcomes, r.outcome),
    awaitingStaff: r.awaiting_staff === 1,
    createdAt: r.created_at,
    firstResponseAt: r.first_response_at,
    closedAt: r.closed_at,
    anonymisedAt: r.anonymised_at,
  };
}

/** The last nine digits: 06 12 34 56 78 and +31 6 1234 5678 are the same number. */
export function phoneKey(phone: string | null): string | null {
  if (phone === null) return null;
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 9 ? digits.slice(-9) : null;
}

type NewQuestion = Omit<Question, 'id' | 'status' | 'outcome' | 'awaitingStaff' | 'firstResponseAt' | 'closedAt' | 'anonymisedAt'>;

export async function insertQuestion(db: DbOrTx, q: NewQuestion): Promise<string> {
  const id = newId();
  await db
    .insertInto('questions')
    .values({
      id,
      district_id: q.districtId,
      buurt_id: q.buurtId,
      reference: q.reference,
      text: q.text,
      requester_name: q.requesterName,
      contact_by: q.contactBy,
      phone: q.phone,
      phone_key: phoneKey(q.phone),
      email: q.email,
      street: q.street,
      walk_in_location_id: q.walkInLocationId,
      urgency: q.urgency,
      channel: q.channel,
      recorded_by: q.recordedBy,
      lang: q.lang,
      status: 'new',
      outcome: null,
      awaiting_staff: 0,
      created_at: q.createdAt,
      updated_at: q.createdAt,
      first_response_at: null,
      closed_at: null,
      anonymised_at: null,
    })
    .execute();
  return id;
}

export async function referenceTaken(db: DbOrTx, reference: string): Promise<boolean> {
  return (await db.selectFrom('questions').select('id').where('reference', '=', reference).executeTakeFirst()) !== undefined;
}

export async function findQuestion(db: DbOrTx, id: string): Promise<Question | undefined> {
  const row = await db.selectFrom('questions').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toQuestion(row);
}

export async function findQuestionByLink(
  db: DbOrTx,
  tokenHash: string,
): Promise<{ question: Question; revokedAt: string | null } | undefined> {
  const link = await db.selectFrom('question_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  if (link === undefined) return undefined;
  const question = await findQuestion(db, link.question_id);
  return question && { question, revokedAt: link.revoked_at };
}

export async function insertLink(db: DbOrTx, questionId: string, tokenHash: string, at: string): Promise<void> {
  await db
    .insertInto('question_links')
    .values({ token_hash: tokenHash, question_id: questionId, created_at: at, revoked_at: null })
    .execute();
}

/** Ends every link of a question, e.g. when a resident fears someone else has theirs. */
export async function revokeLinks(db: DbOrTx, questionId: string, at: string): Promise<void> {
  await db
    .updateTable('question_links')
    .set({ revoked_at: at })
    .where('question_id', '=', questionId)
    .where('revoked_at', 'is', null)
    .execute();
}

/**
 * Moves a question on only if it is still in the state the caller saw, so two people
 * acting at once cannot both succeed; false means someone else was first.
 */
export async function moveQuestion(db: DbOrTx, id: string, from: QuestionStatus, next: NextState, at: string): Promise<boolean> {
  const ends = next.status === 'closed' || next.status === 'withdrawn';
  const result = await db
    .updateTable('questions')
    .set({ status: next.status, outcome: next.outcome, updated_at: at, closed_at: ends ? at : null, awaiting_staff: 0 })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The first thing a coordinator or professional does for the resident; for the monitoring figure. */
export async function markFirstResponse(db: DbOrTx, id: string, at: string): Promise<void> {
  await db.updateTable('questions').set({ first_response_at: at }).where('id', '=', id).where('first_response_at', 'is', null).execute();
}

export async function setAwaitingStaff(db: DbOrTx, id: string, awaiting: boolean, at: string): Promise<void> {
  await db
    .updateTable('questions')
    .set({ awaiting_staff: awaiting ? 1 : 0, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function buurtNameOf(db: DbOrTx, buurtId: string | null): Promise<string | null> {
  if (buurtId === null) return null;
  return (await db.selectFrom('buurten').select('name').where('id', '=', buurtId).executeTakeFirst())?.name ?? null;
}
