import type { DbOrTx } from '../../../platform/db/schema.ts';
import { phoneKey, revokeLinks } from '../question/question.repository.ts';

/** The questions of one person in a district, found by the e-mail address or phone number they gave. */
export async function questionsOfPerson(
  db: DbOrTx,
  query: { districtId: string; email: string | null; phone: string | null },
): Promise<{ id: string; reference: string; createdAt: string; status: string }[]> {
  const email = query.email;
  const key = phoneKey(query.phone);
  if (email === null && key === null) return [];
  return db
    .selectFrom('questions')
    .select(['id', 'reference', 'created_at as createdAt', 'status'])
    .where('district_id', '=', query.districtId)
    .where('anonymised_at', 'is', null)
    .where((eb) => eb.or([...(email === null ? [] : [eb('email', '=', email)]), ...(key === null ? [] : [eb('phone_key', '=', key)])]))
    .orderBy('created_at')
    .execute();
}

/** Everything stored about these questions, as it is in the database, for a data request (AVG art. 15/20). */
export async function exportQuestions(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return { questions: [], events: [], referrals: [], consents: [], views: [] };
  const list = [...ids];
  return {
    questions: await db.selectFrom('questions').selectAll().where('id', 'in', list).orderBy('created_at').execute(),
    events: await db.selectFrom('question_events').selectAll().where('question_id', 'in', list).orderBy('at').execute(),
    referrals: await db.selectFrom('referrals').selectAll().where('question_id', 'in', list).orderBy('created_at').execute(),
    consents: await db.selectFrom('consents').selectAll().where('question_id', 'in', list).orderBy('created_at').execute(),
    views: await db
      .selectFrom('audit_log as a')
      .leftJoin('users as u', 'u.id', 'a.actor_user_id')
      .select(['a.at', 'a.action', 'u.name as actor', 'a.subject_id as questionId', 'a.details'])
      .where('a.subject_type', '=', 'question')
      .where('a.subject_id', 'in', list)
      .orderBy('a.at')
      .execute(),
  };
}

/**
 * Removes every piece of personal data of a question and keeps only what the monitoring
 * figures need (district, buurt, dates, states). The status links stop working and say so.
 */
export async function anonymiseQuestion(db: DbOrTx, id: string, at: string): Promise<void> {
  await db
    .updateTable('questions')
    .set({ text: '', requester_name: null, phone: null, phone_key: null, email: null, street: null, anonymised_at: at, updated_at: at })
    .where('id', '=', id)
    .execute();
  await revokeLinks(db, id, at);
  await db.updateTable('question_events').set({ body: null }).where('question_id', '=', id).execute();
  await db.updateTable('referrals').set({ summary: '', decline_reason: null, outcome: null }).where('question_id', '=', id).execute();
  await db.updateTable('consents').set({ purpose: '' }).where('question_id', '=', id).execute();
}

/** Questions that ended before the cut-off and still hold personal data. */
export async function dueForAnonymising(db: DbOrTx, endedBefore: string, limit: number): Promise<{ id: string; districtId: string }[]> {
  return db
    .selectFrom('questions')
    .select(['id', 'district_id as districtId'])
    .where('status', 'in', ['closed', 'withdrawn'])
    .where('closed_at', '<', endedBefore)
    .where('anonymised_at', 'is', null)
    .orderBy('closed_at')
    .limit(limit)
    .execute();
}
