import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { loadDataset } from '../model/dataset.repository.ts';
import { toHsdsDocument } from './document.mapping.ts';
import { hsdsContextOf } from './hsds.context.ts';

/** The whole guide of a district as one HSDS document, as the export file holds it. */
export async function hsdsExport(db: DbOrTx, district: Pick<District, 'id'>): Promise<string> {
  const doc = toHsdsDocument(await loadDataset(db, { districtId: district.id }), await hsdsContextOf(db, district.id));
  return JSON.stringify(doc, null, 2);
}
