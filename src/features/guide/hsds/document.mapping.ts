import type { Dataset } from '../model/guide.model.ts';
import { taxonomyIdOf, type TaxonomyCode, type Term } from '../model/taxonomy.ts';
import { compact, toHsdsLocation, toHsdsOrganization, type HsdsContext } from './hsds.mapping.ts';
import { toHsdsService } from './service.mapping.ts';

export function toHsdsTaxonomyTerm(t: Term) {
  return compact({
    id: t.id,
    code: t.code,
    name: t.name,
    description: t.name,
    parent_id: t.parentId,
    taxonomy: t.taxonomyCode,
    taxonomy_id: t.taxonomyId,
    language: 'nld',
  });
}

const taxonomyNames: Record<TaxonomyCode, string> = {
  thema: "Thema's",
  'voor-wie': 'Voor wie',
  organisatie: 'Soort organisatie',
  kenmerk: 'Wijkportaal-kenmerken',
};

export function toHsdsTaxonomies() {
  return (Object.keys(taxonomyNames) as TaxonomyCode[]).map((code) => ({
    id: taxonomyIdOf(code),
    name: taxonomyNames[code],
    description: taxonomyNames[code],
    version: '1',
  }));
}

/** The whole guide of a district as one HSDS document, for export and for an import elsewhere. */
export function toHsdsDocument(data: Dataset, ctx: HsdsContext) {
  return {
    hsds_version: '3.0' as const,
    taxonomies: toHsdsTaxonomies(),
    taxonomy_terms: ctx.terms.map(toHsdsTaxonomyTerm),
    organizations: data.organizations.map((o) => toHsdsOrganization(o, data, ctx)),
    locations: data.locations.filter((l) => l.organizationId === null).map((l) => toHsdsLocation(l, data, ctx)),
    services: data.services.map((s) => toHsdsService(s, data, ctx)),
  };
}
