import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import type { AppDeps, SearchExtra } from '../../../platform/feature.ts';
import { contactPointOfDistrict } from '../contact-point/walk-ins.repository.ts';
import { parseForm } from '../../../platform/http/forms.ts';
import { districtOf } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { filterTerms } from '../model/taxonomy.ts';
import { filtersOf, vocabulary, type Vocabulary } from './search.filters.ts';
import type { SearchFilters } from './search.repository.ts';
import { searchQuery } from './search.schema.ts';
import { searchPage, type AlsoTheme } from './search.views.tsx';
import { baseQuery, nearMatches, PAGE_SIZE, runSearch, withoutOneFilter } from './suggestions.query.ts';

/** A filter left on "all" arrives empty: that is no filter, not a bad one. */
function withoutEmpty(query: unknown): Record<string, unknown> {
  if (typeof query !== 'object' || query === null) return {};
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ''));
}

/** The themes the search also looked in, per everyday word, for "we also searched the theme …". */
function alsoThemesOf(filters: SearchFilters, vocab: Vocabulary): AlsoTheme[] {
  return (filters.wordThemes ?? []).map((x) => ({ word: x.word, terms: vocab.terms.filter((t) => x.termIds.includes(t.id)) }));
}

/** What the other features offer to the search box for these words (questions and answers, activities …). */
async function extrasFor(request: FastifyRequest, db: Db, district: District, text: string): Promise<SearchExtra[]> {
  if (text === '') return [];
  const query = { district, text, lang: request.lang, limit: 5 };
  return (await Promise.all(request.server.features.map((f) => f.search?.(db, query) ?? Promise.resolve([])))).flat();
}

/** For a search that found nothing: which one filter to drop, and the buurten next door. */
async function helpForNothing(request: FastifyRequest, db: Db, vocab: Vocabulary, now: Date) {
  const district = districtOf(request);
  const raw = withoutEmpty(request.query);
  return {
    dropOne: await withoutOneFilter(db, district, vocab, raw, now),
    near: await nearMatches(db, request.server.features, { district, vocab, raw, now }),
  };
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
    const now = deps.clock.now();
    const result = failed
      ? { total: 0, more: false, hits: [] }
      : await runSearch(db, filters, query.open === 'nu' ? now : null, query.pagina);
    const nothing = failed || result.total > 0 ? { dropOne: [], near: [] } : await helpForNothing(request, db, vocab, now);
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
      now,
      extras: failed ? [] : await extrasFor(request, db, district, query.q ?? ''),
      alsoThemes: failed ? [] : alsoThemesOf(filters, vocab),
      ...nothing,
    };
    return sendPage(request, reply, (ctx) => searchPage(ctx, data), failed ? 422 : 200);
  });
}
