import type { DbOrTx } from '../../../platform/db/schema.ts';

/** Buurten that border this one, for "a neighbouring buurt" in the ranking. */
export async function neighbourIdsOf(db: DbOrTx, buurtId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('help_buurt_neighbours').select('neighbour_id').where('buurt_id', '=', buurtId).execute();
  return new Set(rows.map((r) => r.neighbour_id));
}

/** Records which buurten border each other, in both directions. */
export async function saveNeighbours(db: DbOrTx, pairs: readonly (readonly [string, string])[]): Promise<void> {
  const rows = pairs.flatMap(([a, b]) => [
    { buurt_id: a, neighbour_id: b },
    { buurt_id: b, neighbour_id: a },
  ]);
  if (rows.length > 0) await db.insertInto('help_buurt_neighbours').values(rows).execute();
}
