import { describe, expect, it } from 'vitest';
import type { Dataset, Term } from '../model/guide.model.ts';
import { readHsds } from './hsds.import.rules.ts';
import { toHsdsDocument } from './hsds.mapping.ts';
import { hsdsDocument } from './hsds.schema.ts';
import { termIdOf, taxonomyIdOf } from '../model/taxonomy.ts';

const at = '2026-11-23T09:00:00.000Z';
const stamps = { lastVerifiedAt: at, lastVerifiedBy: null, remindedAt: null, createdAt: at, updatedAt: at };
const term = (taxonomyCode: Term['taxonomyCode'], code: string): Term => ({
  id: termIdOf(taxonomyCode, code),
  taxonomyId: taxonomyIdOf(taxonomyCode),
  taxonomyCode,
  parentId: null,
  code,
  name: code,
});
const terms = [
  term('thema', 'geld'),
  term('voor-wie', 'ouderen'),
  term('organisatie', 'welfare'),
  ...[
    'opening',
    'walk_in',
    'consultation',
    'exception_closed',
    'exception_changed',
    'informal',
    'meeting_place',
    'contact_for',
    'buurt',
    'verified',
  ].map((c) => term('kenmerk', c)),
];
const buurten = [{ id: 'b-1', districtId: 'd', slug: 'sterrenwijk', name: 'Sterrenwijk' }];
const ids = {
  org: '10000000-0000-4000-8000-000000000001',
  place: '10000000-0000-4000-8000-000000000002',
  service: '10000000-0000-4000-8000-000000000003',
  sal: '10000000-0000-4000-8000-000000000004',
};

const data: Dataset = {
  organizations: [
    {
      id: ids.org,
      districtId: 'd',
      name: 'DOCK',
      alternateName: null,
      kind: 'welfare',
      description: 'Sociaal makelaar.',
      email: 'info@dock.example',
      website: 'https://dock.example',
      ...stamps,
    },
  ],
  locations: [
    {
      id: ids.place,
      districtId: 'd',
      organizationId: ids.org,
      name: 'Sterrenzicht',
      description: 'Buurthuis',
      streetAddress: 'Voorbeeldplein 2',
      postalCode: '3582 AB',
      city: 'Utrecht',
      buurtId: 'b-1',
      latitude: null,
      longitude: null,
      isMeetingPlace: true,
      transportation: 'Bus 4',
      accessibilityDescription: 'Lift',
      assessment: null,
      ...stamps,
    },
  ],
  contacts: [
    {
      id: '10000000-0000-4000-8000-000000000005',
      organizationId: ids.org,
      locationId: ids.place,
      buurtId: 'b-1',
      name: 'Sam (demo)',
      title: 'Opbouwwerker',
      contactFor: 'een idee voor de buurt',
      email: null,
      phone: '030 000 0004',
    },
  ],
  services: [
    {
      id: ids.service,
      organizationId: ids.org,
      districtId: 'd',
      name: 'Klussendienst',
      alternateName: null,
      description: 'Hulp',
      url: null,
      email: null,
      status: 'active',
      isInformal: true,
      costKind: 'amount',
      costCents: 450,
      costDescription: 'per uur',
      eligibilityDescription: 'Zonder netwerk',
      applicationProcess: '',
      termIds: [term('thema', 'geld').id, term('voor-wie', 'ouderen').id].sort(),
      buurtIds: ['b-1'],
      languages: ['en', 'nl'],
      ...stamps,
    },
  ],
  serviceAtLocations: [{ id: ids.sal, serviceId: ids.service, locationId: ids.place, description: '' }],
  schedules: [
    {
      id: '10000000-0000-4000-8000-000000000006',
      serviceId: null,
      locationId: ids.place,
      serviceAtLocationId: null,
      kind: 'opening',
      freq: 'WEEKLY',
      interval: 1,
      byday: 'MO,TU',
      opensAt: '09:00',
      closesAt: '17:00',
      validFrom: null,
      validTo: null,
      exception: 'none',
      description: '',
    },
    {
      id: '10000000-0000-4000-8000-000000000007',
      serviceId: ids.service,
      locationId: null,
      serviceAtLocationId: null,
      kind: 'walk_in',
      freq: 'MONTHLY',
      interval: 1,
      byday: '1TU',
      opensAt: '10:00',
      closesAt: '12:00',
      validFrom: null,
      validTo: null,
      exception: 'none',
      description: 'Koffie',
    },
    {
      id: '10000000-0000-4000-8000-000000000008',
      serviceId: null,
      locationId: null,
      serviceAtLocationId: ids.sal,
      kind: 'opening',
      freq: null,
      interval: 1,
      byday: '',
      opensAt: null,
      closesAt: null,
      validFrom: '2026-12-24',
      validTo: '2026-12-26',
      exception: 'closed',
      description: 'Kerst',
    },
  ],
  phones: [
    {
      id: '10000000-0000-4000-8000-000000000009',
      organizationId: ids.org,
      serviceId: null,
      locationId: null,
      number: '030 000 0004',
      description: 'Receptie',
    },
  ],
};

const context = {
  terms,
  buurten,
  districtId: 'd',
  now: at,
  foreignIds: new Set<string>(),
  organizationNames: new Map<string, string>(),
  knownLocationIds: new Set<string>(),
  knownOrganizationIds: new Set<string>(),
};

describe('HSDS mapping both ways (issue 3)', () => {
  it('writes the guide as HSDS and reads it back unchanged', () => {
    const doc = hsdsDocument.parse(JSON.parse(JSON.stringify(toHsdsDocument(data, { terms, buurten }))));
    const back = readHsds(doc, context);
    expect(back.problems).toEqual([]);
    expect(back.data).toEqual(data);
  });

  it('says what HSDS has no field for as attributes with terms of the guide’s own taxonomy', () => {
    const doc = toHsdsDocument(data, { terms, buurten });
    const service = doc.services[0];
    expect(service?.cost_options).toEqual([expect.objectContaining({ option: 'amount', amount: 4.5, currency: 'EUR' })]);
    expect(service?.attributes?.map((a) => a.taxonomy_term_id)).toContain(termIdOf('kenmerk', 'informal'));
    expect(service?.schedules?.[0]).toMatchObject({
      freq: 'MONTHLY',
      byday: '1TU',
      attributes: [expect.objectContaining({ taxonomy_term_id: termIdOf('kenmerk', 'walk_in') })],
    });
    expect(doc.organizations[0]?.contacts?.[0]?.attributes?.[0]).toMatchObject({ value: 'een idee voor de buurt' });
  });

  it('reads every problem with its place in the file', () => {
    const doc = hsdsDocument.parse(JSON.parse(JSON.stringify(toHsdsDocument(data, { terms, buurten }))));
    const service = doc.services[0];
    if (service === undefined) throw new Error('no service');
    service.organization_id = '20000000-0000-4000-8000-000000000000';
    service.service_areas = [{ id: '20000000-0000-4000-8000-000000000001', name: 'Atlantis' }];
    const problems = readHsds(doc, context).problems.map((p) => `${p.path} ${p.code}`);
    expect(problems).toEqual([
      'services[0].service_areas[0].name guide.import.unknownBuurt',
      'services[0].organization_id guide.import.dangling',
    ]);
  });
});
