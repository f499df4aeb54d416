import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import type { Dataset } from '../model/guide.model.ts';
import { hsdsContextOf } from './hsds.context.ts';
import type { HsdsContext } from './hsds.mapping.ts';
import type { HsdsDocument } from './hsds.schema.ts';
import type { ImportProblem } from './import-reader.rules.ts';
import { importSituation } from './import.repository.ts';
import { readHsds } from './import.rules.ts';

/** A file read against what the district holds: its entries, or every problem in it. */
export async function checkImport(
  db: DbOrTx,
  district: District,
  doc: HsdsDocument,
  now: Date,
): Promise<{ data: Dataset; problems: ImportProblem[]; hsds: HsdsContext }> {
  const hsds = await hsdsContextOf(db, district.id);
  const situation = await importSituation(db, district.id);
  return { ...readHsds(doc, { ...hsds, ...situation, districtId: district.id, now: now.toISOString() }), hsds };
}
