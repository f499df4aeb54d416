import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Actor } from './actor.ts';
import type { EntryType } from './guide.model.ts';

type Changes = Record<string, [unknown, unknown]>;

/** The fields that differ between two versions of an entry, before and after. */
export function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const [key, value] of Object.entries(after)) {
    const old = before?.[key];
    if (JSON.stringify(old ?? null) !== JSON.stringify(value ?? null)) changes[key] = [old ?? null, value ?? null];
  }
  return changes;
}

export async function recordChange(
  db: DbOrTx,
  change: { districtId: string; entryType: EntryType | 'contact' | 'schedule'; entryId: string; action: string; details?: unknown },
  actor: Actor,
): Promise<void> {
  await db
    .insertInto('guide_changes')
    .values({
      id: newId(),
      district_id: change.districtId,
      entry_type: change.entryType,
      entry_id: change.entryId,
      action: change.action,
      changed_at: actor.at,
      changed_by: actor.userId,
      details: JSON.stringify(change.details ?? {}),
    })
    .execute();
}

export interface ChangeRow {
  action: string;
  at: string;
  byName: string | null;
  entryType: string;
  details: Changes;
}

export async function changesOf(db: DbOrTx, entryIds: readonly string[], limit = 50): Promise<ChangeRow[]> {
  if (entryIds.length === 0) return [];
  const rows = await db
    .selectFrom('guide_changes as c')
    .leftJoin('users as u', 'u.id', 'c.changed_by')
    .select(['c.action', 'c.changed_at', 'u.name', 'c.entry_type', 'c.details'])
    .where('c.entry_id', 'in', entryIds)
    .orderBy('c.changed_at', 'desc')
    .orderBy('c.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    action: r.action,
    at: r.changed_at,
    byName: r.name,
    entryType: r.entry_type,
    details: JSON.parse(r.details) as Changes,
  }));
}
