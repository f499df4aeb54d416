import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findDistrictBySlug } from '../../../platform/geography/geography.repository.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';
import type { Paging } from './api.query.ts';

/** HSDS paging around one page of contents. */
export function page<T>(contents: T[], total: number, q: Paging) {
  const totalPages = Math.max(1, Math.ceil(total / q.per_page));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: q.page,
    size: contents.length,
    first_page: q.page === 1,
    last_page: q.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

export const pagingOf = (q: Paging) => ({ limit: q.per_page, offset: (q.page - 1) * q.per_page });

/** `district=oost` narrows a list to one district; an unknown one is 404, none means every district. */
export async function districtIdOf(db: DbOrTx, slug: string | undefined): Promise<string | undefined> {
  if (slug === undefined) return undefined;
  const district = await findDistrictBySlug(db, slug);
  if (district === undefined) throw new HttpProblem(404);
  return district.id;
}

/** One page of a list held whole in memory (taxonomies, terms). */
export function pageOfAll<T>(all: readonly T[], q: Paging) {
  return page(all.slice((q.page - 1) * q.per_page, q.page * q.per_page), all.length, q);
}
