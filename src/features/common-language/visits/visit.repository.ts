import type { DbOrTx } from '../../../platform/db/schema.ts';

/** One line of "Mijn bezoeken": no name or contact, so the list is no read of personal data. */
export interface VisitLine {
  id: string;
  visitedOn: string;
  buurtName: string | null;
  place: string;
  walkInId: string | null;
  nextStep: string | null;
  nextStepOn: string | null;
}

/** Where the list looks: the whole district, or some buurten (an empty set: nowhere). */
type VisitScope = { districtId: string; buurten: 'all' | ReadonlySet<string> };

function scoped(db: DbOrTx, scope: VisitScope) {
  let query = db
    .selectFrom('conversations as c')
    .where('c.district_id', '=', scope.districtId)
    .where('c.kind', '=', 'buurt_visit')
    .where('c.visited_on', 'is not', null);
  if (scope.buurten !== 'all') query = query.where('c.buurt_id', 'in', [...scope.buurten, '']);
  return query;
}

export async function countVisits(db: DbOrTx, scope: VisitScope): Promise<number> {
  const row = await scoped(db, scope)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Newest visit first; on one day the last recorded first. */
export async function listVisits(db: DbOrTx, scope: VisitScope, page: { offset: number; limit: number }): Promise<VisitLine[]> {
  const rows = await scoped(db, scope)
    .leftJoin('buurten as b', 'b.id', 'c.buurt_id')
    .select(['c.id', 'c.visited_on', 'b.name as buurtName', 'c.place', 'c.walk_in_location_id', 'c.next_step', 'c.next_step_on'])
    .orderBy('c.visited_on', 'desc')
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    visitedOn: r.visited_on ?? '',
    buurtName: r.buurtName,
    place: r.place ?? 'home',
    walkInId: r.walk_in_location_id,
    nextStep: r.next_step,
    nextStepOn: r.next_step_on,
  }));
}
