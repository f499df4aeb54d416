import type { DbOrTx } from '../../../platform/db/schema.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import { cachedTerms } from '../model/terms.repository.ts';
import type { HsdsContext } from './hsds.mapping.ts';

/** The terms and the district's buurten, which the mapping names in HSDS. */
export async function hsdsContextOf(db: DbOrTx, districtId: string): Promise<HsdsContext> {
  return { terms: await cachedTerms(db), buurten: await listBuurten(db, districtId) };
}
