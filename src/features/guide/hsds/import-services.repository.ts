import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Actor } from '../model/actor.ts';
import type { Dataset, Service } from '../model/guide.model.ts';
import { insertPhones, insertSchedules, upsert } from './import.repository.ts';

export async function writeService(db: DbOrTx, s: Service, data: Dataset, actor: Actor) {
  const row = {
    organization_id: s.organizationId,
    district_id: s.districtId,
    name: s.name,
    alternate_name: s.alternateName,
    description: s.description,
    url: s.url,
    email: s.email,
    status: s.status,
    is_informal: s.isInformal ? 1 : 0,
    cost_kind: s.costKind,
    cost_cents: s.costCents,
    cost_description: s.costDescription,
    eligibility_description: s.eligibilityDescription,
    application_process: s.applicationProcess,
    last_verified_at: s.lastVerifiedAt,
    last_verified_by: null,
    updated_at: s.updatedAt,
    updated_by: actor.userId,
  };
  await upsert(db, 'services', s.id, row, { created_at: s.createdAt, reminded_at: null });
  for (const table of ['service_terms', 'service_buurten', 'service_languages', 'phones', 'schedules', 'service_at_locations'] as const)
    await db.deleteFrom(table).where('service_id', '=', s.id).execute();
  if (s.termIds.length)
    await db
      .insertInto('service_terms')
      .values(s.termIds.map((term_id) => ({ service_id: s.id, term_id })))
      .execute();
  if (s.buurtIds.length)
    await db
      .insertInto('service_buurten')
      .values(s.buurtIds.map((buurt_id) => ({ service_id: s.id, buurt_id })))
      .execute();
  if (s.languages.length)
    await db
      .insertInto('service_languages')
      .values(s.languages.map((code) => ({ service_id: s.id, code })))
      .execute();
  await insertPhones(
    db,
    data.phones.filter((p) => p.serviceId === s.id),
  );
  const sals = data.serviceAtLocations.filter((x) => x.serviceId === s.id);
  if (sals.length)
    await db
      .insertInto('service_at_locations')
      .values(sals.map((x) => ({ id: x.id, service_id: s.id, location_id: x.locationId, description: x.description })))
      .execute();
  const salIds = new Set(sals.map((x) => x.id));
  await insertSchedules(
    db,
    data.schedules.filter((x) => x.serviceId === s.id || salIds.has(x.serviceAtLocationId ?? '')),
  );
}
