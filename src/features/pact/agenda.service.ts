import type { FastifyRequest } from 'fastify';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/feature.ts';
import type { District } from '../../platform/geography/geography.repository.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import {
  findProject,
  insertNote,
  insertProject,
  insertVersion,
  markAdopted,
  projectsOf,
  updateProject,
  versionsOf,
  type AgendaVersion,
  type ProjectFields,
} from './agenda.repository.ts';
import { challengesOf, compareVersions, refuseChange } from './agenda.rules.ts';
import { refused, today, type Outcome } from './pact.http.ts';
import { listPartners } from './partners.repository.ts';
import { settingsOf } from './settings.repository.ts';

/** The version people edit: created when first needed, as a copy of the last adopted one. */
async function workingVersion(trx: DbOrTx, districtId: string, year: number, at: string): Promise<AgendaVersion> {
  const versions = await versionsOf(trx, districtId, year);
  const working = versions.find((v) => v.adoptedOn === null);
  if (working !== undefined) return working;
  const number = (versions.at(-1)?.number ?? 0) + 1;
  const id = await insertVersion(trx, districtId, year, number, at);
  const last = versions.at(-1);
  if (last !== undefined) await copyProjects(trx, last.id, id, at);
  return { id, year, number, adoptedOn: null };
}

/** Copies projects, owners and notes, so the adopted version keeps its own rows as they were. */
async function copyProjects(trx: DbOrTx, fromVersion: string, toVersion: string, at: string): Promise<void> {
  for (const p of await projectsOf(trx, fromVersion)) {
    const id = await insertProject(trx, toVersion, p, at, p.key);
    for (const n of [...p.notes].reverse()) await insertNote(trx, id, n, at);
  }
}

async function checkFields(deps: AppDeps, district: District, fields: ProjectFields): Promise<Outcome<null>> {
  const { programme } = await settingsOf(deps.database.db, district.id);
  if (fields.challenges.some((c) => !challengesOf[programme].includes(c))) return refused('challenges', 'validation.choice');
  const partners = new Set((await listPartners(deps.database.db, district.id)).map((p) => p.id));
  if (fields.owners.some((o) => !partners.has(o))) return refused('owners', 'validation.choice');
  return { ok: true, value: null };
}

export async function addProject(deps: AppDeps, district: District, year: number, fields: ProjectFields): Promise<Outcome<string>> {
  const check = await checkFields(deps, district, fields);
  if (!check.ok) return check;
  const at = deps.clock.now().toISOString();
  const id = await deps.database.db
    .transaction()
    .execute(async (trx) => insertProject(trx, (await workingVersion(trx, district.id, year, at)).id, fields, at));
  return { ok: true, value: id };
}

/** Changing or noting progress on a project is only possible in the working version; an adopted one stays as it was. */
async function editable(deps: AppDeps, district: District, projectId: string): Promise<Outcome<string>> {
  const found = await findProject(deps.database.db, district.id, projectId);
  if (found === undefined) return refused('project', 'pact.project.unknown');
  const frozen = refuseChange(found.version);
  return frozen === null ? { ok: true, value: found.project.id } : refused('project', frozen, 409);
}

export async function changeProject(deps: AppDeps, district: District, projectId: string, fields: ProjectFields): Promise<Outcome<string>> {
  const target = await editable(deps, district, projectId);
  if (!target.ok) return target;
  const check = await checkFields(deps, district, fields);
  if (!check.ok) return check;
  await deps.database.db.transaction().execute((trx) => updateProject(trx, target.value, fields, deps.clock.now().toISOString()));
  return target;
}

export async function addNote(
  deps: AppDeps,
  request: FastifyRequest,
  district: District,
  projectId: string,
  note: { notedOn: string; text: string },
): Promise<Outcome<string>> {
  const target = await editable(deps, district, projectId);
  if (!target.ok) return target;
  if (note.notedOn > today(deps.clock.now())) return refused('notedOn', 'pact.note.inFuture');
  const at = deps.clock.now().toISOString();
  return { ok: true, value: await insertNote(deps.database.db, target.value, { ...note, authorName: request.user?.name ?? '' }, at) };
}

/** The steering group adopts the working version on a date; it is frozen, and a new working copy continues. */
export async function adoptAgenda(
  deps: AppDeps,
  request: FastifyRequest,
  district: District,
  year: number,
  adoptedOn: string,
): Promise<Outcome<number>> {
  if (adoptedOn > today(deps.clock.now())) return refused('adoptedOn', 'pact.agenda.adoptedInFuture');
  const at = deps.clock.now().toISOString();
  return deps.database.db.transaction().execute(async (trx): Promise<Outcome<number>> => {
    const working = (await versionsOf(trx, district.id, year)).find((v) => v.adoptedOn === null);
    if (working === undefined || (await projectsOf(trx, working.id)).length === 0) return refused('adoptedOn', 'pact.agenda.empty');
    if (!(await markAdopted(trx, working.id, adoptedOn, request.user?.id ?? null)))
      return refused('adoptedOn', 'pact.agenda.alreadyAdopted', 409);
    await workingVersion(trx, district.id, year, at);
    await recordAudit(trx, {
      at,
      actorUserId: request.user?.id ?? null,
      action: 'pact.agenda.adopted',
      subjectType: 'pact_agenda_version',
      subjectId: working.id,
      districtId: district.id,
      details: { year, number: working.number },
      requestId: request.id,
    });
    return { ok: true, value: working.number };
  });
}

/** Today's agenda of a year with the last adopted version and how the two differ. */
export async function agendaOfYear(deps: AppDeps, districtId: string, year: number) {
  const { db } = deps.database;
  const versions = await versionsOf(db, districtId, year);
  const working = versions.find((v) => v.adoptedOn === null) ?? null;
  const adopted = versions.filter((v) => v.adoptedOn !== null);
  const lastAdopted = adopted.at(-1) ?? null;
  const current = working === null ? (lastAdopted === null ? [] : await projectsOf(db, lastAdopted.id)) : await projectsOf(db, working.id);
  const before = lastAdopted === null ? [] : await projectsOf(db, lastAdopted.id);
  return {
    year,
    working,
    adopted,
    lastAdopted,
    projects: current,
    removed: before.filter((p) => !current.some((c) => c.key === p.key)),
    changes: lastAdopted === null ? [] : compareVersions(before, current),
  };
}
