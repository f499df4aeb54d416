import type { Selectable } from 'kysely';
import { newId } from '../../../platform/clock.ts';
import type { DbOrTx, Tables } from '../../../platform/db/schema.ts';
import { defaultAlvSettings, type AlvSettings } from './alv.rules.ts';
import { filesOf, type AlvFile } from './documents.repository.ts';

export interface AlvItem {
  id: string;
  position: number;
  title: string;
  /** regular, or minutes (adopting it adopts the minutes of the ALV before). */
  kind: 'regular' | 'minutes';
  votes: { votesFor: number; votesAgainst: number; votesAbstained: number } | null;
  adopted: boolean | null;
}

export interface Alv {
  id: string;
  title: string;
  startsAt: string;
  /** When the chair opened it; null before. */
  openedAt: string | null;
  place: string;
  /** The guide's meeting place, when it was chosen from the guide. */
  locationId: string | null;
  /** Documents typed in as text (older meetings). */
  documents: { annualReport: string | null; accounts: string | null; auditReport: string | null };
  /** The documents as PDF files. */
  files: AlvFile[];
  minutes: string | null;
  minutesDraftedAt: string | null;
  minutesAdoptedOn: string | null;
  items: AlvItem[];
}

export async function alvSettings(db: DbOrTx, districtId: string): Promise<AlvSettings> {
  const row = await db.selectFrom('coop_alv_settings').selectAll().where('district_id', '=', districtId).executeTakeFirst();
  return row === undefined
    ? defaultAlvSettings
    : { noticeDays: row.notice_days, maxProxies: row.max_proxies, quorumPercent: row.quorum_percent };
}

export async function saveAlvSettings(db: DbOrTx, districtId: string, s: AlvSettings, at: string): Promise<void> {
  const values = { notice_days: s.noticeDays, max_proxies: s.maxProxies, quorum_percent: s.quorumPercent, updated_at: at };
  await db
    .insertInto('coop_alv_settings')
    .values({ district_id: districtId, ...values })
    .onConflict((oc) => oc.column('district_id').doUpdateSet(values))
    .execute();
}

export interface NewAlv {
  districtId: string;
  title: string;
  startsAt: string;
  place: string;
  locationId?: string | null;
  documents: Alv['documents'];
  items: readonly { title: string; kind: AlvItem['kind'] }[];
  by: string | null;
  at: string;
}

export async function insertAlv(db: DbOrTx, a: NewAlv): Promise<string> {
  const id = newId();
  await db
    .insertInto('coop_alvs')
    .values({
      id,
      district_id: a.districtId,
      title: a.title,
      starts_at: a.startsAt,
      place: a.place,
      location_id: a.locationId ?? null,
      annual_report: a.documents.annualReport,
      accounts: a.documents.accounts,
      audit_report: a.documents.auditReport,
      convened_by: a.by,
      created_at: a.at,
    })
    .execute();
  for (const [index, item] of a.items.entries())
    await db
      .insertInto('coop_alv_items')
      .values({ id: newId(), alv_id: id, position: index + 1, title: item.title, kind: item.kind })
      .execute();
  return id;
}

function toItem(row: Selectable<Tables['coop_alv_items']>): AlvItem {
  const counted = row.votes_for !== null && row.votes_against !== null && row.votes_abstained !== null;
  return {
    id: row.id,
    position: row.position,
    title: row.title,
    kind: row.kind === 'minutes' ? 'minutes' : 'regular',
    votes: counted
      ? { votesFor: row.votes_for ?? 0, votesAgainst: row.votes_against ?? 0, votesAbstained: row.votes_abstained ?? 0 }
      : null,
    adopted: row.adopted === null ? null : row.adopted === 1,
  };
}

function toAlv(row: Selectable<Tables['coop_alvs']>, items: AlvItem[], files: AlvFile[]): Alv {
  return {
    id: row.id,
    title: row.title,
    startsAt: row.starts_at,
    openedAt: row.opened_at,
    place: row.place,
    locationId: row.location_id,
    documents: { annualReport: row.annual_report, accounts: row.accounts, auditReport: row.audit_report },
    files,
    minutes: row.minutes,
    minutesDraftedAt: row.minutes_drafted_at,
    minutesAdoptedOn: row.minutes_adopted_on,
    items,
  };
}

async function withItems(db: DbOrTx, rows: Selectable<Tables['coop_alvs']>[]): Promise<Alv[]> {
  if (rows.length === 0) return [];
  const items = await db
    .selectFrom('coop_alv_items')
    .selectAll()
    .where(
      'alv_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('position')
    .execute();
  const files = await filesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toAlv(r, items.filter((i) => i.alv_id === r.id).map(toItem), files.get(r.id) ?? []));
}

/** Every ALV of the district, the latest first. */
export async function alvsOf(db: DbOrTx, districtId: string): Promise<Alv[]> {
  const rows = await db.selectFrom('coop_alvs').selectAll().where('district_id', '=', districtId).orderBy('starts_at', 'desc').execute();
  return withItems(db, rows);
}

export async function findAlv(db: DbOrTx, districtId: string, id: string): Promise<Alv | undefined> {
  const rows = await db.selectFrom('coop_alvs').selectAll().where('district_id', '=', districtId).where('id', '=', id).execute();
  return (await withItems(db, rows))[0];
}

/** The latest ALV before this moment whose minutes were drafted and not yet adopted. */
export async function minutesAwaitingAdoption(db: DbOrTx, districtId: string, before: string): Promise<Alv | undefined> {
  const rows = await db
    .selectFrom('coop_alvs')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('starts_at', '<', before)
    .where('minutes', 'is not', null)
    .where('minutes_adopted_on', 'is', null)
    .orderBy('starts_at', 'desc')
    .limit(1)
    .execute();
  return (await withItems(db, rows))[0];
}

export async function saveMinutes(db: DbOrTx, id: string, minutes: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('coop_alvs')
    .set({ minutes, minutes_drafted_at: at })
    .where('id', '=', id)
    .where('minutes_adopted_on', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Marks (or, when a vote turns, unmarks) the minutes of an earlier ALV as adopted. */
export async function markMinutesAdopted(db: DbOrTx, id: string, on: string | null): Promise<void> {
  await db.updateTable('coop_alvs').set({ minutes_adopted_on: on }).where('id', '=', id).execute();
}

export async function saveItemResult(db: DbOrTx, itemId: string, votes: NonNullable<AlvItem['votes']>, adopted: boolean): Promise<void> {
  await db
    .updateTable('coop_alv_items')
    .set({
      votes_for: votes.votesFor,
      votes_against: votes.votesAgainst,
      votes_abstained: votes.votesAbstained,
      adopted: adopted ? 1 : 0,
    })
    .where('id', '=', itemId)
    .execute();
}

/** The latest ALV before this one that has minutes (the ones "vaststellen notulen" is about). */
export async function previousWithMinutes(db: DbOrTx, districtId: string, before: string): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('coop_alvs')
    .select('id')
    .where('district_id', '=', districtId)
    .where('starts_at', '<', before)
    .where('minutes', 'is not', null)
    .orderBy('starts_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The chair opens the meeting; false when it was open already. */
export async function openAlv(db: DbOrTx, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('coop_alvs')
    .set({ opened_at: at })
    .where('id', '=', id)
    .where('opened_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The demo's past meeting adopted the minutes before it without figures (none are known). */
export async function markMinutesItemAdopted(db: DbOrTx, alvId: string): Promise<void> {
  await db.updateTable('coop_alv_items').set({ adopted: 1 }).where('alv_id', '=', alvId).where('kind', '=', 'minutes').execute();
}
