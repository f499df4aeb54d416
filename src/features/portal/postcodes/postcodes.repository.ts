import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { ImportedPlace } from './postcode-csv.rules.ts';
import type { PlaceRow } from './postcode.rules.ts';
import './postcodes.tables.ts';

/** A row of the table with the buurt and district it points to. */
export interface FoundPlace extends PlaceRow {
  street: string;
  buurtSlug: string;
  buurtName: string;
  districtId: string;
  districtSlug: string;
  districtName: string;
}

function placeQuery(db: DbOrTx) {
  return db
    .selectFrom('portal_postcodes as p')
    .innerJoin('buurten as b', 'b.id', 'p.buurt_id')
    .innerJoin('districts as d', 'd.id', 'p.district_id')
    .select([
      'p.postcode',
      'p.number_from as numberFrom',
      'p.number_to as numberTo',
      'p.street',
      'p.street_key as streetKey',
      'p.buurt_id as buurtId',
      'b.slug as buurtSlug',
      'b.name as buurtName',
      'd.id as districtId',
      'd.slug as districtSlug',
      'd.name as districtName',
    ])
    .orderBy('d.position')
    .orderBy('p.line');
}

/** Every row of a postcode, in every district (so another district's postcode can be named). */
export function placesByPostcode(db: DbOrTx, postcode: string): Promise<FoundPlace[]> {
  return placeQuery(db).where('p.postcode', '=', postcode).execute();
}

/** Every row of a street (compared as `streetKey`), in every district. */
export function placesByStreet(db: DbOrTx, key: string): Promise<FoundPlace[]> {
  return placeQuery(db).where('p.street_key', '=', key).limit(500).execute();
}

/** Where the district's table came from: null when it has none. */
export async function postcodeSource(db: DbOrTx, districtId: string): Promise<{ demo: boolean; lines: number; importedAt: string } | null> {
  const row = await db
    .selectFrom('portal_postcode_tables')
    .select(['demo', 'lines', 'imported_at'])
    .where('district_id', '=', districtId)
    .executeTakeFirst();
  return row === undefined ? null : { demo: row.demo === 1, lines: row.lines, importedAt: row.imported_at };
}

/** The CBS code of each buurt of the district (code → buurt id). */
export async function buurtCodesOf(db: DbOrTx, districtId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('portal_buurt_codes').select(['code', 'buurt_id']).where('district_id', '=', districtId).execute();
  return new Map(rows.map((r) => [r.code, r.buurt_id]));
}

/** Replaces the district's buurt codes. */
export async function replaceBuurtCodes(db: DbOrTx, districtId: string, codes: ReadonlyMap<string, string>): Promise<void> {
  await db.deleteFrom('portal_buurt_codes').where('district_id', '=', districtId).execute();
  const rows = [...codes].map(([code, buurtId]) => ({ code, buurt_id: buurtId, district_id: districtId }));
  if (rows.length > 0) await db.insertInto('portal_buurt_codes').values(rows).execute();
}

const CHUNK = 500;

/** Replaces the district's postcode table and notes where it came from. */
export async function replacePostcodes(
  db: DbOrTx,
  districtId: string,
  places: readonly ImportedPlace[],
  source: { demo: boolean; at: string; by: string | null },
): Promise<void> {
  await db.deleteFrom('portal_postcodes').where('district_id', '=', districtId).execute();
  const rows = places.map((p, line) => ({
    id: newId(),
    district_id: districtId,
    buurt_id: p.buurtId,
    postcode: p.postcode,
    number_from: p.numberFrom,
    number_to: p.numberTo,
    street: p.street,
    street_key: p.streetKey,
    buurt_code: p.buurtCode,
    line,
  }));
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto('portal_postcodes')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  const values = { demo: source.demo ? 1 : 0, lines: rows.length, imported_at: source.at, imported_by: source.by };
  await db
    .insertInto('portal_postcode_tables')
    .values({ district_id: districtId, ...values })
    .onConflict((oc) => oc.column('district_id').doUpdateSet(values))
    .execute();
}
