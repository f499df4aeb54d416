import type { Dataset, Organization, Service, ServiceAtLocation } from '../model/guide.model.ts';
import { derivedId } from '../model/ids.ts';
import { attribute, compact, mark, phone, toHsdsOrganizationList, toHsdsSchedule, verified, type HsdsContext } from './hsds.mapping.ts';
import type { HsdsService, HsdsServiceAtLocation } from './hsds.schema.ts';

export function toHsdsServiceList(s: Service, org: Organization | undefined) {
  return compact({
    id: s.id,
    organization_id: s.organizationId,
    name: s.name,
    alternate_name: s.alternateName,
    description: s.description || null,
    url: s.url,
    email: s.email,
    status: s.status,
    fees_description: s.costDescription || null,
    eligibility_description: s.eligibilityDescription || null,
    application_process: s.applicationProcess || null,
    assured_date: s.lastVerifiedAt?.slice(0, 10) ?? null,
    last_modified: s.updatedAt,
    organization: org ? toHsdsOrganizationList(org) : null,
  });
}

function toHsdsServiceAtLocation(sal: ServiceAtLocation, data: Dataset): HsdsServiceAtLocation {
  return compact({
    id: sal.id,
    service_id: sal.serviceId,
    location_id: sal.locationId,
    description: sal.description || null,
    schedules: data.schedules.filter((s) => s.serviceAtLocationId === sal.id).map(toHsdsSchedule),
  });
}

export function toHsdsService(s: Service, data: Dataset, ctx: HsdsContext): HsdsService {
  const buurten = ctx.buurten.filter((b) => s.buurtIds.includes(b.id));
  return compact({
    ...toHsdsServiceList(
      s,
      data.organizations.find((o) => o.id === s.organizationId),
    ),
    phones: data.phones.filter((p) => p.serviceId === s.id).map((p) => phone(p, { service_id: s.id })),
    schedules: data.schedules.filter((x) => x.serviceId === s.id).map(toHsdsSchedule),
    service_areas: buurten.map((b) => ({ id: derivedId('area', s.id, b.slug), service_id: s.id, name: b.name, extent_type: 'buurt' })),
    service_at_locations: data.serviceAtLocations.filter((x) => x.serviceId === s.id).map((x) => toHsdsServiceAtLocation(x, data)),
    languages: s.languages.map((code) => ({ id: derivedId('language', s.id, code), service_id: s.id, code })),
    cost_options: [
      compact({
        id: derivedId('cost', s.id),
        service_id: s.id,
        option: s.costKind,
        currency: 'EUR' as const,
        amount: s.costKind === 'amount' ? (s.costCents ?? 0) / 100 : s.costKind === 'free' ? 0 : null,
        amount_description: s.costDescription || null,
      }),
    ],
    attributes: [
      ...s.termIds.map((t) => attribute('service', s.id, t)),
      ...(s.isInformal ? [attribute('service', s.id, mark('informal'))] : []),
      ...verified('service', s.id, s.lastVerifiedAt),
    ],
  });
}
