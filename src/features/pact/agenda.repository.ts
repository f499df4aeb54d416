import { newId } from '../../platform/clock.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import { projectStatuses, type ProjectShape } from './agenda.rules.ts';

export interface AgendaVersion {
  id: string;
  year: number;
  number: number;
  adoptedOn: string | null;
}

export interface ProjectNote {
  id: string;
  notedOn: string;
  text: string;
  authorName: string;
}

export interface Project extends ProjectShape {
  id: string;
  versionId: string;
  owners: string[];
  ownerNames: string[];
  notes: ProjectNote[];
}

export async function versionsOf(db: DbOrTx, districtId: string, year: number): Promise<AgendaVersion[]> {
  const rows = await db
    .selectFrom('pact_agenda_versions')
    .select(['id', 'year', 'number', 'adopted_on'])
    .where('district_id', '=', districtId)
    .where('year', '=', year)
    .orderBy('number')
    .execute();
  return rows.map((r) => ({ id: r.id, year: r.year, number: r.number, adoptedOn: r.adopted_on }));
}

async function findVersion(db: DbOrTx, districtId: string, versionId: string): Promise<AgendaVersion | undefined> {
  const row = await db
    .selectFrom('pact_agenda_versions')
    .select(['id', 'year', 'number', 'adopted_on'])
    .where('district_id', '=', districtId)
    .where('id', '=', versionId)
    .executeTakeFirst();
  return row && { id: row.id, year: row.year, number: row.number, adoptedOn: row.adopted_on };
}

const parseList = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

export async function projectsOf(db: DbOrTx, versionId: string, onlyId?: string): Promise<Project[]> {
  let query = db.selectFrom('pact_projects').selectAll().where('version_id', '=', versionId);
  if (onlyId !== undefined) query = query.where('id', '=', onlyId);
  const rows = await query.orderBy('position').orderBy('id').execute();
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const owners = await db
    .selectFrom('pact_project_owners as po')
    .innerJoin('pact_partners as p', 'p.id', 'po.partner_id')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .select(['po.project_id', 'po.partner_id', 'o.name'])
    .where('po.project_id', 'in', ids)
    .orderBy('o.name')
    .execute();
  const notes = await db
    .selectFrom('pact_project_notes')
    .selectAll()
    .where('project_id', 'in', ids)
    .orderBy('noted_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    versionId: r.version_id,
    key: r.project_key,
    title: r.title,
    description: r.description,
    challenges: parseList(r.challenges),
    budgetCents: r.budget_cents,
    budgetSource: r.budget_source,
    status: projectStatuses.find((s) => s === r.status) ?? 'planned',
    owners: owners.filter((o) => o.project_id === r.id).map((o) => o.partner_id),
    ownerNames: owners.filter((o) => o.project_id === r.id).map((o) => o.name),
    notes: notes
      .filter((n) => n.project_id === r.id)
      .map((n) => ({ id: n.id, notedOn: n.noted_on, text: n.text, authorName: n.author_name })),
  }));
}

/** A project with the version it belongs to, if it is of this district. */
export async function findProject(
  db: DbOrTx,
  districtId: string,
  projectId: string,
): Promise<{ project: Project; version: AgendaVersion } | undefined> {
  const row = await db
    .selectFrom('pact_projects as p')
    .innerJoin('pact_agenda_versions as v', 'v.id', 'p.version_id')
    .select('v.id')
    .where('p.id', '=', projectId)
    .where('v.district_id', '=', districtId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const version = await findVersion(db, districtId, row.id);
  const [project] = await projectsOf(db, row.id, projectId);
  return version && project && { project, version };
}

export type ProjectFields = Pick<ProjectShape, 'title' | 'description' | 'challenges' | 'budgetCents' | 'budgetSource' | 'status'> & {
  owners: readonly string[];
};

async function writeOwners(db: DbOrTx, projectId: string, owners: readonly string[]): Promise<void> {
  await db.deleteFrom('pact_project_owners').where('project_id', '=', projectId).execute();
  if (owners.length > 0)
    await db
      .insertInto('pact_project_owners')
      .values(owners.map((o) => ({ project_id: projectId, partner_id: o })))
      .execute();
}

export async function insertProject(db: DbOrTx, versionId: string, fields: ProjectFields, at: string, key = newId()): Promise<string> {
  const id = newId();
  const position = (
    await db
      .selectFrom('pact_projects')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('version_id', '=', versionId)
      .executeTakeFirstOrThrow()
  ).n;
  await db
    .insertInto('pact_projects')
    .values({
      id,
      version_id: versionId,
      project_key: key,
      title: fields.title,
      description: fields.description,
      challenges: JSON.stringify(fields.challenges),
      budget_cents: fields.budgetCents,
      budget_source: fields.budgetSource,
      status: fields.status,
      position,
      updated_at: at,
    })
    .execute();
  await writeOwners(db, id, fields.owners);
  return id;
}

export async function updateProject(db: DbOrTx, projectId: string, fields: ProjectFields, at: string): Promise<void> {
  await db
    .updateTable('pact_projects')
    .set({
      title: fields.title,
      description: fields.description,
      challenges: JSON.stringify(fields.challenges),
      budget_cents: fields.budgetCents,
      budget_source: fields.budgetSource,
      status: fields.status,
      updated_at: at,
    })
    .where('id', '=', projectId)
    .execute();
  await writeOwners(db, projectId, fields.owners);
}

export async function insertNote(db: DbOrTx, projectId: string, note: Omit<ProjectNote, 'id'>, at: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('pact_project_notes')
    .values({ id, project_id: projectId, noted_on: note.notedOn, text: note.text, author_name: note.authorName, created_at: at })
    .execute();
  return id;
}

export async function insertVersion(db: DbOrTx, districtId: string, year: number, number: number, at: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('pact_agenda_versions')
    .values({ id, district_id: districtId, year, number, adopted_on: null, adopted_by: null, created_at: at })
    .execute();
  return id;
}

/** Marks the working version adopted, only if nobody did so first. */
export async function markAdopted(db: DbOrTx, versionId: string, adoptedOn: string, by: string | null): Promise<boolean> {
  const result = await db
    .updateTable('pact_agenda_versions')
    .set({ adopted_on: adoptedOn, adopted_by: by })
    .where('id', '=', versionId)
    .where('adopted_on', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
