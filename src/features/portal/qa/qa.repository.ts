import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { programmesOfDistrict } from '../../pact/index.ts';
import { searchTextOf, type QaScope } from './qa.rules.ts';
import type { QaInput } from './qa.schema.ts';
import './qa.tables.ts';

export interface QaItem {
  id: string;
  question: string;
  answer: string;
  scope: QaScope;
}

/** The city-wide items are shown in the districts that take part in Thuis in je Wijk (seed 003). */
export async function showsCityItems(db: DbOrTx, districtId: string): Promise<boolean> {
  return (await programmesOfDistrict(db, districtId)).some((p) => p.kind === 'thuis_in_je_wijk');
}

async function municipalityOf(db: DbOrTx, districtId: string): Promise<string> {
  const row = await db.selectFrom('districts').select('municipality_id').where('id', '=', districtId).executeTakeFirstOrThrow();
  return row.municipality_id;
}

/** The items a district shows: its own, and (when `withCity`) those of its whole city; own ones first. */
function visibleQuery(db: DbOrTx, districtId: string, withCity: boolean) {
  return db
    .selectFrom('portal_qa')
    .select(['id', 'question', 'answer', 'district_id', 'position'])
    .where((eb) =>
      withCity
        ? eb.or([
            eb('district_id', '=', districtId),
            eb.and([
              eb('district_id', 'is', null),
              eb('municipality_id', '=', eb.selectFrom('districts').select('municipality_id').where('id', '=', districtId)),
            ]),
          ])
        : eb('district_id', '=', districtId),
    );
}

const itemOf = (r: { id: string; question: string; answer: string; district_id: string | null }): QaItem => ({
  id: r.id,
  question: r.question,
  answer: r.answer,
  scope: r.district_id === null ? 'city' : 'district',
});

export async function qaOfDistrict(db: DbOrTx, districtId: string): Promise<QaItem[]> {
  const rows = await visibleQuery(db, districtId, await showsCityItems(db, districtId))
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(itemOf);
}

export async function findQa(db: DbOrTx, districtId: string, id: string): Promise<QaItem | undefined> {
  return (await qaOfDistrict(db, districtId)).find((q) => q.id === id);
}

/** Items whose question or answer holds every word (already normalised by `searchWordsOf`). */
export async function searchQa(db: DbOrTx, districtId: string, words: readonly string[], limit: number): Promise<QaItem[]> {
  if (words.length === 0) return [];
  let query = visibleQuery(db, districtId, await showsCityItems(db, districtId));
  for (const word of words) query = query.where('search_text', 'like', `%${word}%`);
  const rows = await query.orderBy('position').orderBy('id').limit(limit).execute();
  return rows.map(itemOf);
}

export async function insertQa(db: DbOrTx, districtId: string, q: QaInput, at: { when: string; by: string | null }): Promise<string> {
  const id = newId();
  const municipalityId = await municipalityOf(db, districtId);
  const own = q.scope === 'city' ? null : districtId;
  const last = await db
    .selectFrom('portal_qa')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  await db
    .insertInto('portal_qa')
    .values({
      id,
      municipality_id: municipalityId,
      district_id: own,
      question: q.question,
      answer: q.answer,
      search_text: searchTextOf(q.question, q.answer),
      position: (last?.p ?? 0) + 1,
      created_at: at.when,
      updated_at: at.when,
      updated_by: at.by,
    })
    .execute();
  return id;
}

export async function updateQa(db: DbOrTx, districtId: string, id: string, q: QaInput, at: { when: string; by: string | null }) {
  await db
    .updateTable('portal_qa')
    .set({
      district_id: q.scope === 'city' ? null : districtId,
      question: q.question,
      answer: q.answer,
      search_text: searchTextOf(q.question, q.answer),
      updated_at: at.when,
      updated_by: at.by,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteQa(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('portal_qa').where('id', '=', id).execute();
}
