import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Actor } from '../model/actor.ts';
import type { Service } from '../model/guide.model.ts';
import { changedFields, recordChange } from '../model/history.repository.ts';
import { created, updated } from './stamps.ts';

export type ServiceInput = Pick<
  Service,
  | 'organizationId'
  | 'name'
  | 'alternateName'
  | 'description'
  | 'url'
  | 'email'
  | 'status'
  | 'isInformal'
  | 'costKind'
  | 'costCents'
  | 'costDescription'
  | 'eligibilityDescription'
  | 'applicationProcess'
  | 'termIds'
  | 'buurtIds'
  | 'languages'
> & { locationIds: string[] };

function serviceRow(input: ServiceInput) {
  return {
    organization_id: input.organizationId,
    name: input.name,
    alternate_name: input.alternateName,
    description: input.description,
    url: input.url,
    email: input.email,
    status: input.status,
    is_informal: input.isInformal ? 1 : 0,
    cost_kind: input.costKind,
    cost_cents: input.costKind === 'amount' ? input.costCents : null,
    cost_description: input.costDescription,
    eligibility_description: input.eligibilityDescription,
    application_process: input.applicationProcess,
  };
}

async function replaceServiceLinks(db: DbOrTx, serviceId: string, input: ServiceInput): Promise<void> {
  await db.deleteFrom('service_terms').where('service_id', '=', serviceId).execute();
  await db.deleteFrom('service_buurten').where('service_id', '=', serviceId).execute();
  await db.deleteFrom('service_languages').where('service_id', '=', serviceId).execute();
  const terms = [...new Set(input.termIds)].map((term_id) => ({ service_id: serviceId, term_id }));
  const buurten = [...new Set(input.buurtIds)].map((buurt_id) => ({ service_id: serviceId, buurt_id }));
  const languages = [...new Set(input.languages)].map((code) => ({ service_id: serviceId, code }));
  if (terms.length) await db.insertInto('service_terms').values(terms).execute();
  if (buurten.length) await db.insertInto('service_buurten').values(buurten).execute();
  if (languages.length) await db.insertInto('service_languages').values(languages).execute();
  const existing = await db.selectFrom('service_at_locations').select(['id', 'location_id']).where('service_id', '=', serviceId).execute();
  const gone = existing.filter((e) => !input.locationIds.includes(e.location_id)).map((e) => e.id);
  if (gone.length) await db.deleteFrom('service_at_locations').where('id', 'in', gone).execute();
  const added = input.locationIds.filter((l) => !existing.some((e) => e.location_id === l));
  if (added.length) {
    await db
      .insertInto('service_at_locations')
      .values(added.map((location_id) => ({ id: newId(), service_id: serviceId, location_id, description: '' })))
      .execute();
  }
}

export async function saveService(db: DbOrTx, districtId: string, id: string | null, input: ServiceInput, actor: Actor) {
  const row = serviceRow(input);
  const before = id === null ? undefined : await db.selectFrom('services').selectAll().where('id', '=', id).executeTakeFirst();
  const entryId = id ?? newId();
  if (before === undefined) {
    await db
      .insertInto('services')
      .values({ id: entryId, district_id: districtId, ...row, reminded_at: null, ...created(actor) })
      .execute();
  } else
    await db
      .updateTable('services')
      .set({ ...row, ...updated(actor) })
      .where('id', '=', entryId)
      .execute();
  const links = { termIds: input.termIds, buurtIds: input.buurtIds, languages: input.languages, locationIds: input.locationIds };
  const oldLinks = before && (await linksOf(db, entryId));
  await replaceServiceLinks(db, entryId, input);
  const details = { ...changedFields(before, row), ...changedFields(oldLinks, links) };
  await recordChange(db, { districtId, entryType: 'service', entryId, action: before ? 'updated' : 'created', details }, actor);
  return entryId;
}

async function linksOf(db: DbOrTx, serviceId: string) {
  const list = async (table: 'service_terms' | 'service_buurten' | 'service_languages' | 'service_at_locations', column: string) =>
    (await db.selectFrom(table).selectAll().where('service_id', '=', serviceId).execute())
      .map((r) => String((r as Record<string, unknown>)[column]))
      .sort();
  return {
    termIds: await list('service_terms', 'term_id'),
    buurtIds: await list('service_buurten', 'buurt_id'),
    languages: await list('service_languages', 'code'),
    locationIds: await list('service_at_locations', 'location_id'),
  };
}
