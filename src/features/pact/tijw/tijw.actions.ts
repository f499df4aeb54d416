import type { z } from 'zod';
import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { dayOf } from '../shared/days.rules.ts';
import { insertCoreMember, insertLonglistItem, insertPlanAction, insertWorkgroup } from './tijw.repository.ts';
import type { TijwPart } from './tijw.rules.ts';
import { coreMemberForm, longlistForm, planActionForm, workgroupForm } from './tijw.schema.ts';

interface Part<S extends z.ZodType> {
  schema: S;
  add: (ctx: ActionContext, district: District, input: z.output<S>) => Promise<Outcome<string>>;
}

const part = <S extends z.ZodType>(p: Part<S>): Part<z.ZodType> => p;

/** Adds one row in an action of its own; text left empty is stored as empty text. */
function adding<T>(insert: (trx: DbOrTx, ctx: ActionContext, district: District, input: T) => Promise<string>) {
  return (ctx: ActionContext, district: District, input: T) =>
    runAction(ctx, async (trx) => success(await insert(trx, ctx, district, input)));
}

/** The four parts of Thuis in je Wijk that the coordinator or kwartiermaker keeps, each with its form (seed 003 §4, annex 3). */
export const tijwAdditions: Record<TijwPart, Part<z.ZodType>> = {
  kernteam: part({
    schema: coreMemberForm,
    add: adding((trx, ctx, d, m: z.output<typeof coreMemberForm>) =>
      insertCoreMember(trx, d.id, { ...m, name: m.name ?? '' }, dayOf(ctx.now)),
    ),
  }),
  actie: part({
    schema: planActionForm,
    add: adding((trx, ctx, d, a: z.output<typeof planActionForm>) =>
      insertPlanAction(trx, d.id, { ...a, description: a.description ?? '', owner: a.owner ?? '' }, ctx.now.toISOString()),
    ),
  }),
  werkgroep: part({
    schema: workgroupForm,
    add: adding((trx, _ctx, d, w: z.output<typeof workgroupForm>) =>
      insertWorkgroup(trx, d.id, { name: w.name, task: w.task ?? '', members: w.members ?? '' }),
    ),
  }),
  longlist: part({
    schema: longlistForm,
    add: adding((trx, ctx, d, l: z.output<typeof longlistForm>) =>
      insertLonglistItem(trx, d.id, { ...l, description: l.description ?? '', partners: l.partners ?? '' }, ctx.now.toISOString()),
    ),
  }),
};
