import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { programmeKinds, type BodyKind, type ProgrammeKind } from './programmes.rules.ts';

export interface Programme {
  id: string;
  kind: ProgrammeKind;
  name: string;
  scope: 'district' | 'city';
}

const kindOf = (kind: string): ProgrammeKind => programmeKinds.find((k) => k === kind) ?? 'wijkpact';

/** The data version every write to the programmes and the districts they serve bumps (by trigger). */
export const PROGRAMMES_VERSION = 'pact.programmes';

/** The programmes the district takes part in. */
export async function programmesOfDistrict(db: DbOrTx, districtId: string): Promise<Programme[]> {
  const rows = await db
    .selectFrom('pact_programmes as p')
    .innerJoin('pact_programme_districts as d', 'd.programme_id', 'p.id')
    .select(['p.id', 'p.kind', 'p.name', 'p.scope'])
    .where('d.district_id', '=', districtId)
    .orderBy('p.created_at')
    .execute();
  return rows.map((r) => ({ id: r.id, kind: kindOf(r.kind), name: r.name, scope: r.scope === 'city' ? 'city' : 'district' }));
}

async function insertProgramme(db: DbOrTx, p: { kind: ProgrammeKind; name: string; scope: 'district' | 'city'; at: string }) {
  const id = newId();
  await db.insertInto('pact_programmes').values({ id, kind: p.kind, name: p.name, scope: p.scope, created_at: p.at }).execute();
  return id;
}

async function joinProgramme(db: DbOrTx, programmeId: string, districtId: string): Promise<void> {
  await db
    .insertInto('pact_programme_districts')
    .values({ programme_id: programmeId, district_id: districtId })
    .onConflict((oc) => oc.columns(['programme_id', 'district_id']).doNothing())
    .execute();
}

/** The one city-wide programme of a kind, if there is one. */
async function cityProgramme(db: DbOrTx, kind: ProgrammeKind): Promise<string | undefined> {
  const row = await db.selectFrom('pact_programmes').select('id').where('kind', '=', kind).where('scope', '=', 'city').executeTakeFirst();
  return row?.id;
}

/**
 * The district's lead programme as the administrator chose it: its own wijkpact (named as the
 * pact), or the city-wide Thuis in je Wijk. It leaves the other; a cooperative stays.
 */
export async function chooseProgramme(db: DbOrTx, districtId: string, choice: { kind: ProgrammeKind; name: string }, at: string) {
  const current = await programmesOfDistrict(db, districtId);
  const others = current.filter((p) => p.kind !== choice.kind && p.kind !== 'cooperative').map((p) => p.id);
  if (others.length > 0)
    await db.deleteFrom('pact_programme_districts').where('district_id', '=', districtId).where('programme_id', 'in', others).execute();
  const mine = current.find((p) => p.kind === choice.kind);
  if (mine !== undefined) {
    if (mine.scope === 'district') await db.updateTable('pact_programmes').set({ name: choice.name }).where('id', '=', mine.id).execute();
    return;
  }
  const scope = choice.kind === 'thuis_in_je_wijk' ? 'city' : 'district';
  const existing = scope === 'city' ? await cityProgramme(db, choice.kind) : undefined;
  const name = scope === 'city' ? 'Thuis in je Wijk' : choice.name;
  await joinProgramme(db, existing ?? (await insertProgramme(db, { kind: choice.kind, name, scope, at })), districtId);
}

export interface BodyMember {
  organization: string | null;
  person: string | null;
  note: string | null;
}

export interface Body {
  id: string;
  kind: BodyKind;
  name: string;
  task: string;
  members: BodyMember[];
}

export async function insertBody(db: DbOrTx, programmeId: string, b: Omit<Body, 'id'>, position: number): Promise<string> {
  const id = newId();
  await db
    .insertInto('pact_programme_bodies')
    .values({ id, programme_id: programmeId, kind: b.kind, name: b.name, task: b.task, position })
    .execute();
  for (const [i, m] of b.members.entries())
    await db
      .insertInto('pact_programme_body_members')
      .values({ id: newId(), body_id: id, organization_name: m.organization, person_name: m.person, note: m.note, position: i })
      .execute();
  return id;
}

/** The city-wide bodies of a programme, in the order of the seed, each with its members. */
export async function bodiesOf(db: DbOrTx, programmeId: string): Promise<Body[]> {
  const bodies = await db
    .selectFrom('pact_programme_bodies')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('position')
    .execute();
  if (bodies.length === 0) return [];
  const members = await db
    .selectFrom('pact_programme_body_members')
    .selectAll()
    .where(
      'body_id',
      'in',
      bodies.map((b) => b.id),
    )
    .orderBy('position')
    .execute();
  return bodies.map((b) => ({
    id: b.id,
    kind: b.kind as BodyKind,
    name: b.name,
    task: b.task,
    members: members
      .filter((m) => m.body_id === b.id)
      .map((m) => ({ organization: m.organization_name, person: m.person_name, note: m.note })),
  }));
}

export interface Signatory {
  id: string;
  name: string;
  signedBy: string | null;
  signedOn: string | null;
  role: string | null;
}

export async function insertSignatory(db: DbOrTx, programmeId: string, s: Omit<Signatory, 'id'>, position: number): Promise<string> {
  const id = newId();
  await db
    .insertInto('pact_city_signatories')
    .values({
      id,
      programme_id: programmeId,
      organization_name: s.name,
      signed_by: s.signedBy,
      signed_on: s.signedOn,
      role: s.role,
      position,
    })
    .execute();
  return id;
}

export async function serveDistrict(db: DbOrTx, signatoryId: string, districtId: string, role: string | null): Promise<void> {
  await db.insertInto('pact_signatory_districts').values({ signatory_id: signatoryId, district_id: districtId, role }).execute();
}

export async function signatoriesOf(db: DbOrTx, programmeId: string): Promise<Signatory[]> {
  const rows = await db
    .selectFrom('pact_city_signatories')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.organization_name, signedBy: r.signed_by, signedOn: r.signed_on, role: r.role }));
}

/** Which districts each signatory of a programme serves, with its part there. */
export async function servedDistricts(db: DbOrTx, programmeId: string) {
  const rows = await db
    .selectFrom('pact_signatory_districts as d')
    .innerJoin('pact_city_signatories as s', 's.id', 'd.signatory_id')
    .select(['d.signatory_id', 'd.district_id', 'd.role'])
    .where('s.programme_id', '=', programmeId)
    .execute();
  return rows.map((r) => ({ signatoryId: r.signatory_id, districtId: r.district_id, role: r.role }));
}
