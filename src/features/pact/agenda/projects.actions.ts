import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, refuse, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { listPartners } from '../partners/partners.repository.ts';
import { settingsOf } from '../settings/settings.repository.ts';
import { dayOf } from '../shared/days.rules.ts';
import { workingVersion } from './agenda.actions.ts';
import { challengesOf, parseEuros, refuseChange } from './agenda.rules.ts';
import type { NoteInput, ProjectInput } from './agenda.schema.ts';
import { findProject, insertNote, insertProject, updateProject, type ProjectFields } from './projects.repository.ts';

/** A project's fields as typed, checked: the district's own challenges and partners, and a budget that is an amount. */
async function fieldsOf(trx: DbOrTx, district: District, input: ProjectInput): Promise<ProjectFields> {
  const budgetCents = input.budget === null ? null : parseEuros(input.budget);
  if (input.budget !== null && budgetCents === null) refuse('pact.project.budget.invalid', { field: 'budget' });
  const { programme } = await settingsOf(trx, district.id);
  if (input.challenges.some((c) => !challengesOf[programme].includes(c))) refuse('validation.choice', { field: 'challenges' });
  const partners = new Set((await listPartners(trx, district.id)).map((p) => p.id));
  if (input.owners.some((o) => !partners.has(o))) refuse('validation.choice', { field: 'owners' });
  const { title, challenges, owners, status } = input;
  return { title, challenges, owners, status, description: input.description ?? '', budgetCents, budgetSource: input.budgetSource ?? '' };
}

export function addProject(ctx: ActionContext, district: District, year: number, input: ProjectInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const fields = await fieldsOf(trx, district, input);
    const at = ctx.now.toISOString();
    return success(await insertProject(trx, (await workingVersion(trx, district.id, year, at)).id, fields, at));
  });
}

/** Changing or noting progress on a project is only possible in the working version; an adopted one stays as it was. */
async function editable(trx: DbOrTx, district: District, projectId: string): Promise<string> {
  const found = await findProject(trx, district.id, projectId);
  if (found === undefined) refuse('pact.project.unknown', { field: 'project' });
  const frozen = refuseChange(found.version);
  if (frozen !== null) refuse(frozen, { field: 'project', status: 409 });
  return found.project.id;
}

export function changeProject(ctx: ActionContext, district: District, projectId: string, input: ProjectInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const id = await editable(trx, district, projectId);
    await updateProject(trx, id, await fieldsOf(trx, district, input), ctx.now.toISOString());
    return success(id);
  });
}

/** A dated note of progress, signed with the writer's name; not about a day still to come. */
export function addNote(ctx: ActionContext, district: District, projectId: string, note: NoteInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const id = await editable(trx, district, projectId);
    if (note.notedOn > dayOf(ctx.now)) return refusal('pact.note.inFuture', { field: 'notedOn' });
    return success(await insertNote(trx, id, { ...note, authorName: ctx.user?.name ?? '' }, ctx.now.toISOString()));
  });
}
