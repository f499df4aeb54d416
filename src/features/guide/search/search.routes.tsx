import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../../platform/db/schema.ts';
import type { AppDeps, SearchExtra } from '../../../platform/feature.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { contactPointOfDistrict } from '../contact-point/walk-ins.repository.ts';
import { parseForm } from '../../../platform/http/forms.ts';
import { districtOf } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { isOpenAt } from '../model/schedule.rules.ts';
import { filterTerms } from '../model/taxonomy.ts';
import { schedulesForEntries } from './open-now.repository.ts';
import { filtersOf, vocabulary, type Vocabulary } from './search.filters.ts';
import { searchEntries, type SearchFilters, type SearchHit } from './search.repository.ts';
import { searchQuery } from './search.schema.ts';
import { PAGE_SIZE, searchPage } from './search.views.tsx';

/** Searches, with "open now" decided by the schedule rules in Amsterdam time. */
async function runSearch(db: Db, filters: SearchFilters, openNow: Date | null, page: number) {
  const paging = { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  if (openNow === null) return searchEntries(db, filters, paging);
  const all = await searchEntries(db, filters);
  const schedules = await schedulesForEntries(db, all.hits);
  const open: SearchHit[] = all.hits.filter((h) => isOpenAt(schedules.get(h.entryId) ?? [], openNow));
  return { total: open.length, more: false, hits: open.slice(paging.offset, paging.offset + paging.limit) };
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

/** The filters a search that found nothing could drop, in the order a person would give them up. */
const droppable = ['open', 'gratis', 'toegankelijk', 'soort', 'voorwie', 'thema', 'buurt', 'q'] as const;

/**
 * For a search that found nothing: per filter in use, how many it finds without that one
 * filter (only those that then find something), so the page can say which filter to drop.
 */
async function withoutOneFilter(db: Db, district: District, vocab: Vocabulary, raw: Record<string, unknown>, now: Date) {
  const found: { filter: (typeof droppable)[number]; count: number; query: string }[] = [];
  for (const filter of droppable) {
    if (!(filter in raw)) continue;
    const rest = Object.fromEntries(Object.entries(raw).filter(([key]) => key !== filter && key !== 'pagina'));
    const parsed = parseForm(searchQuery, rest);
    if (!parsed.ok) continue;
    const { filters, errors } = filtersOf(district, parsed.data, vocab);
    if (Object.keys(errors).length > 0) continue;
    const result = await runSearch(db, filters, parsed.data.open === 'nu' ? now : null, 1);
    if (result.total > 0) found.push({ filter, count: result.total, query: baseQuery(parsed.values) });
  }
  return found;
}

/** What the other features offer to the search box for these words (questions and answers, activities …). */
async function extrasFor(request: FastifyRequest, db: Db, districtId: string, text: string): Promise<SearchExtra[]> {
  if (text === '') return [];
  const query = { districtId, text, lang: request.lang, limit: 5 };
  return (await Promise.all(request.server.features.map((f) => f.search?.(db, query) ?? Promise.resolve([])))).flat();
}

export function searchRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  app.get('/:district/gids', async (request, reply) => {
    const district = districtOf(request);
    const vocab = await vocabulary(db, district);
    const parsed = parseForm(searchQuery, withoutEmpty(request.query));
    const query = parsed.ok ? parsed.data : searchQuery.parse({});
    const { filters, errors } = filtersOf(district, query, vocab);
    const allErrors = parsed.ok ? errors : { ...parsed.errors, ...errors };
    const failed = Object.keys(allErrors).length > 0;
    const result = failed
      ? { total: 0, more: false, hits: [] }
      : await runSearch(db, filters, query.open === 'nu' ? deps.clock.now() : null, query.pagina);
    const data = {
      district,
      buurten: vocab.buurten,
      themes: filterTerms(vocab.terms, 'thema'),
      audiences: filterTerms(vocab.terms, 'voor-wie'),
      form: { values: parsed.values, errors: allErrors },
      total: result.total,
      more: result.more,
      hits: result.hits,
      page: query.pagina,
      pageCount: Math.ceil(result.total / PAGE_SIZE),
      baseQuery: baseQuery(parsed.values),
      searched: Object.keys(parsed.values).length > 0,
      point: await contactPointOfDistrict(db, district.id),
      now: deps.clock.now(),
      extras: failed ? [] : await extrasFor(request, db, district.id, query.q ?? ''),
      dropOne: failed || result.total > 0 ? [] : await withoutOneFilter(db, district, vocab, withoutEmpty(request.query), deps.clock.now()),
    };
    return sendPage(request, reply, (ctx) => searchPage(ctx, data), failed ? 422 : 200);
  });
}
