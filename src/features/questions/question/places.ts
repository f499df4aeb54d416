import type { DbOrTx } from '../../../platform/db/schema.ts';
import { locationNames } from '../../guide/index.ts';
import { buurtNameOf, type Question } from './question.repository.ts';

/** Where the question is from, in words: its buurt and the walk-in point the resident chose (from the guide). */
export async function placeNamesOf(db: DbOrTx, question: Question): Promise<{ buurtName: string | null; walkInName: string | null }> {
  const walkIn = question.walkInLocationId;
  return {
    buurtName: await buurtNameOf(db, question.buurtId),
    walkInName: walkIn === null ? null : ((await locationNames(db, [walkIn])).get(walkIn) ?? null),
  };
}
