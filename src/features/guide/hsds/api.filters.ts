import type { Db } from '../../../platform/db/schema.ts';
import { loadDataset } from '../model/dataset.repository.ts';
import { cachedTerms } from '../model/terms.repository.ts';
import { searchEntries } from '../search/search.repository.ts';
import { queryWords } from '../search/search.rules.ts';
import { districtIdOf, pagingOf } from './api.paging.ts';
import type { Paging } from './api.query.ts';
import { servicePage, servicesWithOrganizations, type ServiceFilter } from './api.repository.ts';
import { hsdsContextOf } from './hsds.context.ts';
import { toHsdsService } from './service.mapping.ts';

/** The HSDS filters on offers (`district`, `organization_id`, `taxonomy_term_id`, `taxonomy_id`, `modified_after`) as a repository filter. */
export async function serviceFilterOf(
  db: Db,
  q: {
    district?: string | undefined;
    organization_id?: string | undefined;
    taxonomy_term_id?: string | undefined;
    taxonomy_id?: string | undefined;
    modified_after?: string | undefined;
  },
): Promise<ServiceFilter> {
  const termSets: string[][] = [];
  if (q.taxonomy_term_id !== undefined) termSets.push([q.taxonomy_term_id]);
  if (q.taxonomy_id !== undefined) termSets.push((await cachedTerms(db)).filter((t) => t.taxonomyId === q.taxonomy_id).map((t) => t.id));
  return {
    districtId: await districtIdOf(db, q.district),
    organizationId: q.organization_id,
    termSets,
    modifiedAfter: q.modified_after === undefined ? undefined : new Date(q.modified_after).toISOString(),
  };
}

/** The ids of one page of offers: ranked by the search when words are given, else by name. */
export async function serviceIds(db: Db, filter: ServiceFilter, search: string | undefined, q: Paging) {
  const words = queryWords(search ?? '');
  if (words.length === 0) return servicePage(db, filter, pagingOf(q));
  const found = await searchEntries(db, { ...(filter.districtId ? { districtId: filter.districtId } : {}), words, types: ['service'] });
  const ranked = found.hits.map((h) => h.entryId);
  const allowed = new Set((await servicePage(db, { ...filter, ids: ranked }, { limit: ranked.length, offset: 0 })).ids);
  const ids = ranked.filter((id) => allowed.has(id));
  const { limit, offset } = pagingOf(q);
  return { ids: ids.slice(offset, offset + limit), total: ids.length };
}

/** Offers with everything about them (HSDS `full`), in the order of `ids`, whatever their district. */
export async function fullServices(db: Db, ids: readonly string[]) {
  const { services } = await servicesWithOrganizations(db, ids);
  const byId = new Map<string, ReturnType<typeof toHsdsService>>();
  for (const districtId of new Set(services.map((s) => s.districtId))) {
    const inDistrict = services.filter((s) => s.districtId === districtId).map((s) => s.id);
    const data = await loadDataset(db, { districtId, serviceIds: inDistrict });
    const ctx = await hsdsContextOf(db, districtId);
    for (const s of data.services) byId.set(s.id, toHsdsService(s, data, ctx));
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}
