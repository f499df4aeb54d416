import { z } from 'zod';
import { newId } from '../../../platform/clock.ts';
import type { DbOrTx, Tables } from '../../../platform/db/schema.ts';
import { consentStatuses, consentWays, dataItems, type ConsentRecord, type ConsentStatus } from './consent.rules.ts';
import { oneOf } from '../question/question.repository.ts';

export interface Consent extends ConsentRecord {
  questionId: string;
  createdAt: string;
  answeredAt: string | null;
  withdrawnBy: string | null;
}

const idList = z.array(z.string()).catch([]);
const itemList = z.array(z.enum(dataItems)).catch([]);

function parseJson<T>(schema: z.ZodType<T>, text: string): T {
  try {
    return schema.parse(JSON.parse(text));
  } catch {
    return schema.parse(null);
  }
}

type Row = Tables['consents'];

function toConsent(r: Row): Consent {
  return {
    id: r.id,
    questionId: r.question_id,
    status: oneOf(consentStatuses, r.status),
    organizationIds: parseJson(idList, r.organization_ids),
    neighbourHelp: r.neighbour_help === 1,
    items: parseJson(itemList, r.items),
    purpose: r.purpose,
    how: oneOf(consentWays, r.how),
    recordedBy: r.recorded_by,
    givenAt: r.given_at,
    validUntil: r.valid_until,
    withdrawnAt: r.withdrawn_at,
    createdAt: r.created_at,
    answeredAt: r.answered_at,
    withdrawnBy: r.withdrawn_by,
  };
}

export async function insertConsent(
  db: DbOrTx,
  c: Pick<
    Consent,
    | 'questionId'
    | 'organizationIds'
    | 'neighbourHelp'
    | 'items'
    | 'purpose'
    | 'how'
    | 'status'
    | 'validUntil'
    | 'recordedBy'
    | 'createdAt'
    | 'givenAt'
  >,
): Promise<string> {
  const id = newId();
  await db
    .insertInto('consents')
    .values({
      id,
      question_id: c.questionId,
      organization_ids: JSON.stringify(c.organizationIds),
      neighbour_help: c.neighbourHelp ? 1 : 0,
      items: JSON.stringify(c.items),
      purpose: c.purpose,
      how: c.how,
      status: c.status,
      valid_until: c.validUntil,
      recorded_by: c.recordedBy,
      created_at: c.createdAt,
      given_at: c.givenAt,
      answered_at: c.givenAt,
      withdrawn_at: null,
      withdrawn_by: null,
    })
    .execute();
  return id;
}

export async function consentsOf(db: DbOrTx, questionId: string): Promise<Consent[]> {
  const rows = await db.selectFrom('consents').selectAll().where('question_id', '=', questionId).orderBy('created_at').execute();
  return rows.map(toConsent);
}

export async function findConsent(db: DbOrTx, id: string): Promise<Consent | undefined> {
  const row = await db.selectFrom('consents').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toConsent(row);
}

/** The resident answers an online request: given or refused, once. */
export async function answerConsent(db: DbOrTx, id: string, to: 'given' | 'refused', at: string): Promise<boolean> {
  const result = await db
    .updateTable('consents')
    .set({ status: to, answered_at: at, given_at: to === 'given' ? at : null })
    .where('id', '=', id)
    .where('status', '=', 'requested')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Withdrawal works on a given consent (and on a request not yet answered); `by` is 'resident' or a user id. */
export async function withdrawConsent(db: DbOrTx, id: string, from: ConsentStatus, by: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('consents')
    .set({ status: 'withdrawn', withdrawn_at: at, withdrawn_by: by })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
