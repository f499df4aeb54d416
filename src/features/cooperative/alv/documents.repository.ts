import type { DbOrTx } from '../../../platform/db/schema.ts';
import { documentKinds, type DocumentKind } from './documents.rules.ts';

/** A document of an ALV as a page lists it: its kind and size, not its bytes. */
export interface AlvFile {
  kind: DocumentKind;
  size: number;
}

/** Stores a document of an ALV; one of the same kind that was there is replaced. */
export async function saveDocument(
  db: DbOrTx,
  d: { alvId: string; kind: DocumentKind; bytes: Buffer; by: string | null; at: string },
): Promise<void> {
  const file = { size: d.bytes.length, data_base64: d.bytes.toString('base64'), uploaded_by: d.by, created_at: d.at };
  await db
    .insertInto('coop_alv_documents')
    .values({ alv_id: d.alvId, kind: d.kind, ...file })
    .onConflict((oc) => oc.columns(['alv_id', 'kind']).doUpdateSet(file))
    .execute();
}

/** The documents of these ALVs, by ALV id, in the order of the kinds. */
export async function filesOf(db: DbOrTx, alvIds: readonly string[]): Promise<Map<string, AlvFile[]>> {
  const files = new Map<string, AlvFile[]>();
  if (alvIds.length === 0) return files;
  const rows = await db.selectFrom('coop_alv_documents').select(['alv_id', 'kind', 'size']).where('alv_id', 'in', alvIds).execute();
  for (const kind of documentKinds)
    for (const r of rows.filter((row) => row.kind === kind)) files.set(r.alv_id, [...(files.get(r.alv_id) ?? []), { kind, size: r.size }]);
  return files;
}

export async function findDocument(db: DbOrTx, alvId: string, kind: DocumentKind): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('coop_alv_documents')
    .select('data_base64')
    .where('alv_id', '=', alvId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row === undefined ? undefined : Buffer.from(row.data_base64, 'base64');
}
