import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { dayOf } from '../shared/days.rules.ts';
import { insertVersion, markAdopted, versionsOf, type AgendaVersion } from './agenda.repository.ts';
import { compareVersions } from './agenda.rules.ts';
import { insertNote, insertProject, projectsOf } from './projects.repository.ts';

/** The version people edit: created when first needed, as a copy of the last adopted one. */
export async function workingVersion(trx: DbOrTx, districtId: string, year: number, at: string): Promise<AgendaVersion> {
  const versions = await versionsOf(trx, districtId, year);
  const working = versions.find((v) => v.adoptedOn === null);
  if (working !== undefined) return working;
  const number = (versions.at(-1)?.number ?? 0) + 1;
  const id = await insertVersion(trx, districtId, year, number, at);
  const last = versions.at(-1);
  if (last !== undefined) await copyProjects(trx, districtId, last.id, id, at);
  return { id, year, number, adoptedOn: null };
}

/** Copies projects, owners and notes, so the adopted version keeps its own rows as they were. */
async function copyProjects(trx: DbOrTx, districtId: string, fromVersion: string, toVersion: string, at: string): Promise<void> {
  for (const p of await projectsOf(trx, districtId, fromVersion)) {
    const id = await insertProject(trx, toVersion, p, at, p.key);
    for (const n of [...p.notes].reverse()) await insertNote(trx, id, n, at);
  }
}

/** The steering group adopts the working version on a date; it is frozen, and a new working copy continues. */
export function adoptAgenda(ctx: ActionContext, district: District, year: number, adoptedOn: string): Promise<Outcome<number>> {
  return runAction(ctx, async (trx) => {
    if (adoptedOn > dayOf(ctx.now)) return refusal('pact.agenda.adoptedInFuture', { field: 'adoptedOn' });
    const working = (await versionsOf(trx, district.id, year)).find((v) => v.adoptedOn === null);
    if (working === undefined || (await projectsOf(trx, district.id, working.id)).length === 0)
      return refusal('pact.agenda.empty', { field: 'adoptedOn' });
    if (!(await markAdopted(trx, working.id, adoptedOn, ctx.user?.id ?? null)))
      return refusal('pact.agenda.alreadyAdopted', { field: 'adoptedOn', status: 409 });
    await workingVersion(trx, district.id, year, ctx.now.toISOString());
    await audit(trx, ctx, {
      action: 'pact.agenda.adopted',
      subjectType: 'pact_agenda_version',
      subjectId: working.id,
      districtId: district.id,
      details: { year, number: working.number },
    });
    return success(working.number);
  });
}

/** Today's agenda of a year with the last adopted version and how the two differ. */
export async function agendaOfYear(ctx: ActionContext, districtId: string, year: number) {
  const { db } = ctx.deps.database;
  const versions = await versionsOf(db, districtId, year);
  const working = versions.find((v) => v.adoptedOn === null) ?? null;
  const adopted = versions.filter((v) => v.adoptedOn !== null);
  const lastAdopted = adopted.at(-1) ?? null;
  const before = lastAdopted === null ? [] : await projectsOf(db, districtId, lastAdopted.id);
  const current = working === null ? before : await projectsOf(db, districtId, working.id);
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
