import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../../platform/api/openapi.ts';
import type { Db } from '../../../platform/db/schema.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';
import { cachedTerms } from '../model/terms.repository.ts';
import { queryWords } from '../search/search.rules.ts';
import { pageOfAll } from './api.paging.ts';
import { noQuery, taxonomiesQuery, taxonomyTermsQuery } from './api.query.ts';
import { toHsdsTaxonomies, toHsdsTaxonomyTerm } from './document.mapping.ts';
import { hsdsTaxonomy, hsdsTaxonomyTerm, idParams, pageOf } from './hsds.schema.ts';

/** Whether every word searched for is in the text (taxonomies are few: searched in memory). */
function matches(search: string | undefined, ...texts: readonly (string | undefined)[]): boolean {
  const have = new Set(queryWords(texts.filter(Boolean).join(' ')));
  return queryWords(search ?? '').every((w) => [...have].some((h) => h.startsWith(w)));
}

export function taxonomiesApi(app: FastifyInstance, db: Db, tag: string): void {
  const terms = async () => (await cachedTerms(db)).map(toHsdsTaxonomyTerm);

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/hsds/taxonomies',
      summary: 'The taxonomies of the guide',
      tag,
      query: taxonomiesQuery,
      response: pageOf(hsdsTaxonomy),
    },
    ({ query }) =>
      pageOfAll(
        toHsdsTaxonomies().filter((x) => matches(query.search, x.name, x.description)),
        query,
      ),
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/hsds/taxonomies/{id}',
      summary: 'One taxonomy',
      tag,
      params: idParams,
      query: noQuery,
      response: hsdsTaxonomy,
    },
    ({ params }) => {
      const found = toHsdsTaxonomies().find((x) => x.id === params.id);
      if (found === undefined) throw new HttpProblem(404);
      return found;
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/hsds/taxonomy_terms',
      summary: 'The terms of the taxonomies: themes, for whom, kinds (of one taxonomy, under one parent, or only those without a parent)',
      tag,
      query: taxonomyTermsQuery,
      response: pageOf(hsdsTaxonomyTerm),
    },
    async ({ query }) => {
      const all = (await terms()).filter(
        (x) =>
          (query.taxonomy_id === undefined || x.taxonomy_id === query.taxonomy_id) &&
          (query.parent_id === undefined || x.parent_id === query.parent_id) &&
          // compact() leaves out a term's absent parent
          (query.top_only !== true || !Object.hasOwn(x, 'parent_id')) &&
          matches(query.search, x.name, x.code),
      );
      return pageOfAll(all, query);
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/hsds/taxonomy_terms/{id}',
      summary: 'One taxonomy term',
      tag,
      params: idParams,
      query: noQuery,
      response: hsdsTaxonomyTerm,
    },
    async ({ params }) => {
      const found = (await terms()).find((x) => x.id === params.id);
      if (found === undefined) throw new HttpProblem(404);
      return found;
    },
  );
}
