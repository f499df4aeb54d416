import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { partnerNames } from '../partners/partners.repository.ts';
import { findVersion, type AgendaVersion } from './agenda.repository.ts';
import { projectStatuses, type ProjectShape } from './agenda.rules.ts';

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

const parseList = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

/** The projects of a version with their owners (by name) and notes (newest first). */
export async function projectsOf(db: DbOrTx, districtId: string, versionId: string, onlyId?: string): Promise<Project[]> {
  let query = db.selectFrom('pact_projects').selectAll().where('version_id', '=', versionId);
  if (onlyId !== undefined) query = query.where('id', '=', onlyId);
  const rows = await query.orderBy('position').orderBy('id').execute();
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [partners, owners, notes] = await Promise.all([
    partnerNames(db, districtId),
    db.selectFrom('pact_project_owners').select(['project_id', 'partner_id']).where('project_id', 'in', ids).execute(),
    db
      .selectFrom('pact_project_notes')
      .selectAll()
      .where('project_id', 'in', ids)
      .orderBy('noted_on', 'desc')
      .orderBy('created_at', 'desc')
      .execute(),
  ]);
  return rows.map((r) => {
    const own = new Set(owners.filter((o) => o.project_id === r.id).map((o) => o.partner_id));
    const named = [...partners].filter(([id]) => own.has(id));
    return {
      id: r.id,
      versionId: r.version_id,
      key: r.project_key,
      title: r.title,
      description: r.description,
      challenges: parseList(r.challenges),
      budgetCents: r.budget_cents,
      budgetSource: r.budget_source,
      status: projectStatuses.find((s) => s === r.status) ?? 'planned',
      owners: named.map(([id]) => id),
      ownerNames: named.map(([, name]) => name),
      notes: notes
        .filter((n) => n.project_id === r.id)
        .map((n) => ({ id: n.id, notedOn: n.noted_on, text: n.text, authorName: n.author_name })),
    };
  });
}

/** A project with the version it belongs to, if it is of this district. */
export async function findProject(
  db: DbOrTx,
  districtId: string,
  projectId: string,
): Promise<{ project: Project; version: AgendaVersion } | undefined> {
  const row = await db.selectFrom('pact_projects').select('version_id').where('id', '=', projectId).executeTakeFirst();
  const version = row && (await findVersion(db, districtId, row.version_id));
  if (version === undefined) return undefined;
  const [project] = await projectsOf(db, districtId, version.id, projectId);
  return project && { project, version };
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

const columns = (f: ProjectFields, at: string) => ({
  title: f.title,
  description: f.description,
  challenges: JSON.stringify(f.challenges),
  budget_cents: f.budgetCents,
  budget_source: f.budgetSource,
  status: f.status,
  updated_at: at,
});

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
    .values({ id, version_id: versionId, project_key: key, position, ...columns(fields, at) })
    .execute();
  await writeOwners(db, id, fields.owners);
  return id;
}

export async function updateProject(db: DbOrTx, projectId: string, fields: ProjectFields, at: string): Promise<void> {
  await db.updateTable('pact_projects').set(columns(fields, at)).where('id', '=', projectId).execute();
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
