import type { DbOrTx } from '../../../platform/db/schema.ts';
import { tableOf } from '../edit/entries.repository.ts';
import type { EntryType } from '../model/guide.model.ts';

/** An entry of the guide with what says whether its owners should be reminded. */
export interface Candidate {
  type: EntryType;
  id: string;
  name: string;
  districtId: string;
  organizationId: string | null;
  lastVerifiedAt: string | null;
  createdAt: string;
  remindedAt: string | null;
}

const types = ['organization', 'service', 'location'] as const;

/** Every entry of every district, organisations first, with its verification and reminder stamps. */
export async function reminderCandidates(db: DbOrTx): Promise<Candidate[]> {
  const candidates: Candidate[] = [];
  for (const type of types) {
    const rows =
      type === 'organization'
        ? await db
            .selectFrom('organizations')
            .select(['id', 'name', 'district_id', 'id as organization_id', 'last_verified_at', 'created_at', 'reminded_at'])
            .execute()
        : await db
            .selectFrom(tableOf[type])
            .select(['id', 'name', 'district_id', 'organization_id', 'last_verified_at', 'created_at', 'reminded_at'])
            .execute();
    for (const r of rows)
      candidates.push({
        type,
        id: r.id,
        name: r.name,
        districtId: r.district_id,
        organizationId: r.organization_id,
        lastVerifiedAt: r.last_verified_at,
        createdAt: r.created_at,
        remindedAt: r.reminded_at,
      });
  }
  return candidates;
}

/** The owners of an entry: the partner contacts of its organisation, or else the district's coordinators. */
export async function ownersOf(
  db: DbOrTx,
  entry: Pick<Candidate, 'districtId' | 'organizationId'>,
): Promise<{ email: string; name: string }[]> {
  const base = db
    .selectFrom('role_assignments as ra')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .select(['u.email', 'u.name'])
    .where('u.disabled_at', 'is', null)
    .where('ra.district_id', '=', entry.districtId);
  const partners =
    entry.organizationId === null
      ? []
      : await base.where('ra.role', '=', 'partner_contact').where('ra.organization_id', '=', entry.organizationId).execute();
  if (partners.length > 0) return partners;
  return base.where('ra.role', '=', 'coordinator').where('ra.buurt_id', 'is', null).execute();
}

/** Notes that the owners of these entries were reminded now. */
export async function markReminded(db: DbOrTx, entries: readonly Pick<Candidate, 'type' | 'id'>[], at: string): Promise<void> {
  for (const type of types) {
    const ids = entries.filter((e) => e.type === type).map((e) => e.id);
    if (ids.length > 0) await db.updateTable(tableOf[type]).set({ reminded_at: at }).where('id', 'in', ids).execute();
  }
}
