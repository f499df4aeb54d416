import type { Service } from '../model/guide.model.ts';
import { costKinds } from '../model/cost.rules.ts';
import { termIdOf } from '../model/taxonomy.ts';
import type { HsdsService } from './hsds.schema.ts';
import { orEmpty, orNull, readPhones, readSchedule, stamps } from './import-entries.rules.ts';
import type { Reader } from './import-reader.rules.ts';

/**
 * The cost as the guide keeps it: free, an amount in euros, or "ask". An HSDS cost option in
 * words ("Under 18s and Over 60s") or in another currency is kept as words, to ask about.
 */
function costOf(s: HsdsService): Pick<Service, 'costKind' | 'costCents' | 'costDescription'> {
  const cost = s.cost_options?.[0];
  const fees = cost?.amount_description ?? orEmpty(s.fees_description);
  if (cost === undefined) return { costKind: 'free', costCents: null, costDescription: fees };
  const own = costKinds.find((k) => k === cost.option);
  if (own !== undefined)
    return { costKind: own, costCents: own === 'amount' ? Math.round((cost.amount ?? 0) * 100) : null, costDescription: fees };
  const currency = (cost.currency ?? 'EUR').toUpperCase();
  if (cost.amount !== undefined && currency === 'EUR' && cost.option === undefined)
    return { costKind: 'amount', costCents: Math.round(cost.amount * 100), costDescription: fees };
  return {
    costKind: 'ask',
    costCents: null,
    costDescription: [inWords(cost.option, cost.amount, currency), fees].filter(Boolean).join(': '),
  };
}

const inWords = (option: string | undefined, amount: number | undefined, currency: string) =>
  [option, ...(amount === undefined ? [] : [amount, currency])].filter((x) => x !== undefined).join(' ');

/** A service area that names a buurt (as this portal's export does); an area drawn as a shape is not read. */
const namesBuurt = (area: { extent_type?: string | undefined }) => area.extent_type === undefined || area.extent_type === 'buurt';

export function readService(r: Reader, path: string, s: HsdsService) {
  r.claim(path, s.id);
  const attrs = r.attributes(path, s.attributes);
  const themes = new Set(r.ctx.terms.filter((t) => t.taxonomyCode === 'thema' || t.taxonomyCode === 'voor-wie').map((t) => t.id));
  const service: Service = {
    id: s.id,
    organizationId: s.organization_id,
    districtId: r.ctx.districtId,
    name: s.name,
    alternateName: orNull(s.alternate_name),
    description: orEmpty(s.description),
    url: orNull(s.url),
    email: orNull(s.email),
    status: s.status === 'active' ? 'active' : 'inactive',
    isInformal: attrs.has(termIdOf('kenmerk', 'informal')),
    ...costOf(s),
    eligibilityDescription: orEmpty(s.eligibility_description),
    applicationProcess: orEmpty(s.application_process),
    termIds: [...attrs.keys()].filter((id) => themes.has(id)).sort(),
    buurtIds: (s.service_areas ?? [])
      .flatMap((a, i) => (namesBuurt(a) ? (r.buurtByName(`${path}.service_areas[${i}].name`, a.name) ?? []) : []))
      .sort(),
    languages: (s.languages ?? []).map((l) => l.code).sort(),
    ...stamps(r.ctx, r.verifiedAt(`${path}.attributes`, attrs), s.last_modified),
  };
  r.data.services.push(service);
  readPhones(r, path, s.phones, { organizationId: null, serviceId: s.id, locationId: null });
  for (const [i, x] of (s.schedules ?? []).entries())
    readSchedule(r, `${path}.schedules[${i}]`, x, { serviceId: s.id, locationId: null, serviceAtLocationId: null });
  for (const [i, sal] of (s.service_at_locations ?? []).entries())
    readServiceAtLocation(r, `${path}.service_at_locations[${i}]`, sal, s.id);
}

function readServiceAtLocation(r: Reader, path: string, sal: NonNullable<HsdsService['service_at_locations']>[number], serviceId: string) {
  r.claim(path, sal.id);
  if (sal.service_id !== serviceId) r.problem(`${path}.service_id`, 'guide.import.wrongOwner');
  r.data.serviceAtLocations.push({ id: sal.id, serviceId, locationId: sal.location_id, description: orEmpty(sal.description) });
  for (const [j, x] of (sal.schedules ?? []).entries())
    readSchedule(r, `${path}.schedules[${j}]`, x, { serviceId: null, locationId: null, serviceAtLocationId: sal.id });
}
