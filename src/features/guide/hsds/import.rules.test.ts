import { describe, expect, it } from 'vitest';
import { termIdOf } from '../model/taxonomy.ts';
import { toHsdsDocument } from './document.mapping.ts';
import { hsdsDocument, type HsdsDocument } from './hsds.schema.ts';
import { buurten, context, data, terms } from './hsds.testing.ts';
import { parseDocument, readHsds } from './import.rules.ts';

/** The fixture as a file would bring it, for a test to break. */
const file = (): HsdsDocument => hsdsDocument.parse(JSON.parse(JSON.stringify(toHsdsDocument(data, { terms, buurten }))));
const problemsOf = (doc: HsdsDocument, ctx = context) => readHsds(doc, ctx).problems.map((p) => `${p.path} ${p.code}`);
const org = data.organizations[0]?.id ?? '';
const place = data.locations[0]?.id ?? '';

describe('reading an HSDS file (issue 3: an import is checked whole, every problem with its place)', () => {
  it('says when a file is no JSON, of another HSDS version, or of the wrong shape', () => {
    expect(parseDocument('{"niet": json')).toEqual({ problems: [{ path: '', code: 'guide.import.notJson' }] });
    expect(parseDocument('{"hsds_version": "2.0", "organizations": [], "services": []}')).toEqual({
      problems: [{ path: 'hsds_version', code: 'guide.import.version' }],
    });
    const shape = parseDocument(JSON.stringify({ ...file(), services: [{ ...file().services[0], name: '<b>Vet</b>' }] }));
    expect(shape).toEqual({ problems: [{ path: 'services[0].name', code: 'guide.text.noMarkup' }] });
    expect('doc' in parseDocument(JSON.stringify(file()))).toBe(true);
  });

  it('refuses an id used twice in the file, or by another district', () => {
    const doc = file();
    const location = doc.organizations[0]?.locations?.[0];
    if (location === undefined) throw new Error('no place');
    location.id = org;
    expect(problemsOf(doc)).toContain(`organizations[0].locations[0].id guide.import.duplicateId`);
    expect(problemsOf(file(), { ...context, foreignIds: new Set([org]) })).toEqual([`organizations[0].id guide.import.foreignId`]);
  });

  it('refuses a name another organisation of the district has, but not its own', () => {
    expect(problemsOf(file(), { ...context, organizationNames: new Map([['DOCK', org]]) })).toEqual([]);
    const taken = { ...context, organizationNames: new Map([['DOCK', '30000000-0000-4000-8000-000000000000']]) };
    expect(problemsOf(file(), taken)).toEqual(['organizations[0].name guide.import.nameTaken']);
  });

  it('knows only the terms and buurten of the guide', () => {
    const doc = file();
    const service = doc.services[0];
    if (service === undefined) throw new Error('no service');
    service.attributes = [{ ...(service.attributes?.[0] ?? { id: org, link_id: org, link_entity: 'service' }), taxonomy_term_id: place }];
    doc.organizations[0]?.locations?.[0]?.attributes?.push({
      id: '30000000-0000-4000-8000-000000000001',
      link_id: place,
      link_entity: 'location',
      taxonomy_term_id: termIdOf('kenmerk', 'buurt'),
      value: 'Atlantis',
    });
    expect(problemsOf(doc)).toEqual([
      'organizations[0].locations[0].attributes guide.import.unknownBuurt',
      'services[0].attributes[0].taxonomy_term_id guide.import.unknownTerm',
    ]);
  });

  it('refuses references to nothing, and parts that say they belong elsewhere', () => {
    const doc = file();
    const service = doc.services[0];
    const held = service?.service_at_locations?.[0];
    if (service === undefined || held === undefined) throw new Error('no service held somewhere');
    held.location_id = '30000000-0000-4000-8000-000000000002';
    held.service_id = '30000000-0000-4000-8000-000000000003';
    const location = doc.organizations[0]?.locations?.[0];
    if (location !== undefined) location.organization_id = '30000000-0000-4000-8000-000000000004';
    expect(problemsOf(doc)).toEqual([
      'organizations[0].locations[0].organization_id guide.import.wrongOwner',
      'services[0].service_at_locations[0].service_id guide.import.wrongOwner',
      'services[0].service_at_locations[0].location_id guide.import.dangling',
    ]);
    // A place already in the district may be referred to without being in the file.
    const known = { ...context, knownLocationIds: new Set([held.location_id]) };
    expect(problemsOf(doc, known)).not.toContain('services[0].service_at_locations[0].location_id guide.import.dangling');
  });

  it('checks schedules with the rules of the edit forms, at their place in the file', () => {
    const doc = file();
    const service = doc.services[0];
    if (service === undefined) throw new Error('no service');
    service.schedules = [
      { id: '30000000-0000-4000-8000-000000000005', freq: 'WEEKLY', byday: 'XX', opens_at: '17:00', closes_at: '09:00' },
    ];
    expect(problemsOf(doc)).toEqual([
      'services[0].schedules[0].byday guide.schedule.byday.invalid',
      'services[0].schedules[0].closes_at guide.schedule.endsBeforeStart',
    ]);
  });

  it('fills in what a file leaves out: no address is Utrecht, no cost option is free, no kind is "other"', () => {
    const doc = file();
    const organization = doc.organizations[0];
    const service = doc.services[0];
    const location = organization?.locations?.[0];
    if (organization === undefined || service === undefined || location === undefined) throw new Error('fixture incomplete');
    organization.attributes = [];
    delete location.addresses;
    delete service.cost_options;
    const read = readHsds(doc, context);
    expect(read.problems).toEqual([]);
    expect(read.data.organizations[0]).toMatchObject({ kind: 'other', lastVerifiedAt: null });
    expect(read.data.locations[0]).toMatchObject({ city: 'Utrecht', streetAddress: null, postalCode: null });
    expect(read.data.services[0]).toMatchObject({ costKind: 'free', costCents: null });
  });
});
