import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { EntryType, OwnedSchedule } from '../model/guide.model.ts';
import { toSchedule } from '../model/rows.ts';
import type { SearchHit } from './search.repository.ts';

function scheduleRows(db: DbOrTx, column: 'service_id' | 'location_id' | 'service_at_location_id', ids: readonly string[]) {
  return ids.length === 0 ? Promise.resolve([]) : db.selectFrom('schedules').selectAll().where(column, 'in', ids).execute();
}

/** What hangs under the organisations among the hits: their services and places. */
async function partsOf(db: DbOrTx, orgIds: readonly string[]) {
  if (orgIds.length === 0) return { services: [], places: [] };
  return {
    services: await db.selectFrom('services').select(['id', 'organization_id']).where('organization_id', 'in', orgIds).execute(),
    places: await db.selectFrom('locations').select(['id', 'organization_id']).where('organization_id', 'in', orgIds).execute(),
  };
}

/** The schedules that say when an entry is open: its own, those of its places, of its services. */
export async function schedulesForEntries(db: DbOrTx, hits: readonly SearchHit[]): Promise<Map<string, OwnedSchedule[]>> {
  const ids = (type: EntryType) => hits.filter((h) => h.entryType === type).map((h) => h.entryId);
  const parts = await partsOf(db, ids('organization'));
  const serviceIds = [...ids('service'), ...parts.services.map((s) => s.id)];
  const locationIds = [...ids('location'), ...parts.places.map((l) => l.id)];
  const sals = serviceIds.length
    ? await db.selectFrom('service_at_locations').select(['id', 'service_id']).where('service_id', 'in', serviceIds).execute()
    : [];
  const rows = (
    await Promise.all([
      scheduleRows(db, 'service_id', serviceIds),
      scheduleRows(db, 'location_id', locationIds),
      scheduleRows(
        db,
        'service_at_location_id',
        sals.map((x) => x.id),
      ),
    ])
  )
    .flat()
    .map(toSchedule);
  const salService = new Map(sals.map((x) => [x.id, x.service_id]));
  const orgOf = new Map<string, string>(
    [...parts.services, ...parts.places].flatMap((p) =>
      p.organization_id === null ? [] : [[p.id, p.organization_id] as [string, string]],
    ),
  );
  const result = new Map<string, OwnedSchedule[]>();
  for (const s of rows) {
    const owner = s.serviceId ?? s.locationId ?? salService.get(s.serviceAtLocationId ?? '');
    if (owner === undefined) continue;
    for (const key of [owner, orgOf.get(owner)]) if (key !== undefined) result.set(key, [...(result.get(key) ?? []), s]);
  }
  return result;
}
