import { describe, expect, it } from 'vitest';
import { termIdOf } from '../model/taxonomy.ts';
import { toHsdsDocument } from './document.mapping.ts';
import { hsdsDocument } from './hsds.schema.ts';
import { buurten, context, data, terms } from './hsds.testing.ts';
import { readHsds } from './import.rules.ts';

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
