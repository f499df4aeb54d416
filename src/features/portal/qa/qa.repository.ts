import { versionsCache } from '../../../platform/cache/versions-cache.ts';
import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { programmesOfDistrict, PROGRAMMES_VERSION } from '../../pact/index.ts';
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
    .select(['id', 'question', 'answer', 'district_id', 'position', 'search_text'])
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

/** The data version every write to the questions and answers bumps (by trigger). */
export const QA_VERSION = 'portal.qa';

// What a district shows follows its items, its programmes (the city's items) and its city.
const kept = versionsCache<{ item: QaItem; text: string }[]>([QA_VERSION, PROGRAMMES_VERSION, 'districts']);

/** The district's items with their search text, kept per data version (the guide's search asks them on every search). */
function visibleItems(db: DbOrTx, districtId: string): Promise<{ item: QaItem; text: string }[]> {
  return kept(db, districtId, async () => {
    const rows = await visibleQuery(db, districtId, await showsCityItems(db, districtId))
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ item: itemOf(r), text: r.search_text }));
  });
}

export async function qaOfDistrict(db: DbOrTx, districtId: string): Promise<QaItem[]> {
  return (await visibleItems(db, districtId)).map((v) => v.item);
}

export async function findQa(db: DbOrTx, districtId: string, id: string): Promise<QaItem | undefined> {
  return (await qaOfDistrict(db, districtId)).find((q) => q.id === id);
}

/**
 * Items whose question or answer holds every word (already normalised by `searchWordsOf`), in
 * their order. Matched in memory on the kept items (as `like '%word%'` did): a district has
 * tens of them, not thousands.
 */
export async function searchQa(db: DbOrTx, districtId: string, words: readonly string[], limit: number): Promise<QaItem[]> {
  if (words.length === 0) return [];
  const items = await visibleItems(db, districtId);
  return items
    .filter((v) => words.every((w) => v.text.includes(w)))
    .slice(0, limit)
    .map((v) => v.item);
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
