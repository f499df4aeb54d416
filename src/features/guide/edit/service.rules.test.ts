import { describe, expect, it } from 'vitest';
import type { ServiceChoices } from './choices.ts';
import { languageCodes, type ServiceForm } from './edit.schema.ts';
import { checkService } from './service.rules.ts';

const term = (id: string, taxonomyCode: 'thema' | 'voor-wie') => ({
  id,
  taxonomyId: 't',
  taxonomyCode,
  parentId: null,
  code: id,
  name: id,
});
const choices: ServiceChoices = {
  buurten: [{ id: 'b-1', districtId: 'd', slug: 'sterrenwijk', name: 'Sterrenwijk' }],
  organizations: [{ id: 'dock', name: 'DOCK', kind: 'welfare' }],
  locations: [{ id: 'sterrenzicht', name: 'Sterrenzicht' }],
  themes: [term('geld', 'thema')],
  audiences: [term('ouderen', 'voor-wie')],
  languages: languageCodes,
};
const form = (over: Partial<ServiceForm>): ServiceForm => ({
  organizationId: 'dock',
  phone: null,
  name: 'Klussendienst',
  alternateName: null,
  description: null,
  url: null,
  email: null,
  active: true,
  isInformal: false,
  costKind: 'amount',
  costAmount: '4,50',
  costDescription: null,
  eligibilityDescription: null,
  applicationProcess: null,
  terms: ['geld'],
  audiences: ['ouderen'],
  buurten: ['sterrenwijk'],
  languages: ['nl'],
  locations: ['sterrenzicht'],
  ...over,
});

describe('an offer as its form sends it (issue 3)', () => {
  it('takes only what the form offered: buurten, terms, places, own organisations', () => {
    expect(checkService(form({}), choices).errors).toEqual({});
    const forged = form({ organizationId: 'nizu', buurten: ['atlantis'], terms: ['vliegen'], locations: ['elders'] });
    expect(checkService(forged, choices).errors).toEqual({
      buurten: { code: 'validation.choice' },
      terms: { code: 'validation.choice' },
      locations: { code: 'validation.choice' },
      organizationId: { code: 'guide.field.organizationId.notYours' },
    });
  });

  it('stores cents, ids and empty texts as the guide keeps them', () => {
    expect(checkService(form({ active: false }), choices).input).toMatchObject({
      status: 'inactive',
      costCents: 450,
      description: '',
      termIds: ['geld', 'ouderen'],
      buurtIds: ['b-1'],
      locationIds: ['sterrenzicht'],
    });
    expect(checkService(form({ costKind: 'free' }), choices).input.costCents).toBeNull();
  });
});
