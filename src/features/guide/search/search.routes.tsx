import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import type { Buurt, District } from '../../../platform/geography/geography.repository.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import { parseForm, type FieldErrors } from '../../../platform/http/forms.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import type { Db } from '../../../platform/db/schema.ts';
import { listTerms } from '../model/dataset.repository.ts';
import type { EntryType, Term } from '../model/guide.model.ts';
import { isOpenAt } from '../model/schedule.rules.ts';
import { searchQuery, type SearchQuery } from '../edit/edit.schema.ts';
import { schedulesForEntries, searchEntries, type SearchFilters, type SearchHit } from './search.repository.ts';
import { queryWords } from './search.rules.ts';
import { PAGE_SIZE, searchPage } from './search.views.tsx';
import { filterTerms } from '../model/taxonomy.ts';

export function districtOf(request: FastifyRequest): District {
  if (request.district === null) throw new HttpProblem(404);
  return request.district;
}

const types: Record<NonNullable<SearchQuery['soort']>, EntryType> = {
  aanbod: 'service',
  plekken: 'location',
  organisaties: 'organization',
};
const dimensions = { lichamelijk: 'physical', financieel: 'financial', welkom: 'welcome' } as const;

export interface Vocabulary {
  buurten: Buurt[];
  terms: Term[];
}

export async function vocabulary(db: Db, district: District): Promise<Vocabulary> {
  return { buurten: await listBuurten(db, district.id), terms: await listTerms(db) };
}

/** Turns the query into filters; unknown buurten or themes are problems, never silently dropped. */
export function filtersOf(district: District, query: SearchQuery, vocab: Vocabulary): { filters: SearchFilters; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const buurt = query.buurt ? vocab.buurten.find((b) => b.slug === query.buurt) : undefined;
  if (query.buurt && buurt === undefined) errors.buurt = { code: 'guide.search.unknownBuurt' };
  const termOf = (code: string | undefined, taxonomy: 'thema' | 'voor-wie', field: string) => {
    if (!code) return [];
    const term = filterTerms(vocab.terms, taxonomy).find((t) => t.code === code);
    if (term === undefined) errors[field] = { code: 'guide.search.unknownTerm' };
    return term ? [term.id] : [];
  };
  const termIds = [...termOf(query.thema, 'thema', 'thema'), ...termOf(query.voorwie, 'voor-wie', 'voorwie')];
  const filters: SearchFilters = {
    districtId: district.id,
    words: queryWords(query.q),
    termIds,
    free: query.gratis === 'ja',
    accessible: query.toegankelijk.map((a) => dimensions[a]),
    ...(buurt ? { buurtIds: [buurt.id, '*'] } : {}),
    ...(query.soort ? { types: [types[query.soort]] } : {}),
  };
  return { filters, errors };
}

/** Searches, with "open now" decided by the schedule rules in Amsterdam time. */
async function runSearch(db: Db, filters: SearchFilters, openNow: Date | null, page: number) {
  const paging = { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  if (openNow === null) return searchEntries(db, filters, paging);
  const all = await searchEntries(db, filters);
  const schedules = await schedulesForEntries(db, all.hits);
  const open: SearchHit[] = all.hits.filter((h) => isOpenAt(schedules.get(h.entryId) ?? [], openNow));
  return { total: open.length, hits: open.slice(paging.offset, paging.offset + paging.limit) };
}

/** A filter left on "all" arrives empty: that is no filter, not a bad one. */
function withoutEmpty(query: unknown): Record<string, unknown> {
  if (typeof query !== 'object' || query === null) return {};
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ''));
}

function baseQuery(values: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (key === 'pagina' || value === '') continue;
    for (const v of key === 'toegankelijk' ? value.split(',') : [value]) params.append(key, v);
  }
  return params.toString();
}

export function searchRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  app.get('/:district/gids', async (request: FastifyRequest, reply: FastifyReply) => {
    const district = districtOf(request);
    const vocab = await vocabulary(db, district);
    const parsed = parseForm(searchQuery, withoutEmpty(request.query));
    const query = parsed.ok ? parsed.data : searchQuery.parse({});
    const { filters, errors } = filtersOf(district, query, vocab);
    const allErrors = parsed.ok ? errors : { ...parsed.errors, ...errors };
    const failed = Object.keys(allErrors).length > 0;
    const result = failed
      ? { total: 0, hits: [] }
      : await runSearch(db, filters, query.open === 'nu' ? deps.clock.now() : null, query.pagina);
    const data = {
      district,
      buurten: vocab.buurten,
      themes: filterTerms(vocab.terms, 'thema'),
      audiences: filterTerms(vocab.terms, 'voor-wie'),
      form: { values: parsed.values, errors: allErrors },
      total: result.total,
      hits: result.hits,
      page: query.pagina,
      pageCount: Math.ceil(result.total / PAGE_SIZE),
      baseQuery: baseQuery(parsed.values),
      searched: Object.keys(parsed.values).length > 0,
    };
    return sendPage(request, reply, (ctx) => searchPage(ctx, data), failed ? 422 : 200);
  });
}
