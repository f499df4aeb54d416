import type { DbOrTx } from '../../../platform/db/schema.ts';
import { taxonomyCodeOf, type Term } from './taxonomy.ts';

/** Every taxonomy term, with the code of its taxonomy, in the taxonomy's order. */
export async function listTerms(db: DbOrTx): Promise<Term[]> {
  const rows = await db.selectFrom('taxonomy_terms').selectAll().orderBy('taxonomy_id').orderBy('position').execute();
  return rows.flatMap((r) => {
    const taxonomyCode = taxonomyCodeOf(r.taxonomy_id);
    return taxonomyCode === undefined
      ? []
      : [{ id: r.id, taxonomyId: r.taxonomy_id, taxonomyCode, parentId: r.parent_id, code: r.code, name: r.name }];
  });
}
