import type { z } from 'zod';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findDistrictBySlug } from '../../../platform/geography/geography.repository.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';
import type { pageQuery } from './hsds.schema.ts';

export type PageQuery = z.output<typeof pageQuery>;

/** HSDS paging around one page of contents. */
export function page<T>(contents: T[], total: number, q: Pick<PageQuery, 'page' | 'per_page'>) {
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

export const pagingOf = (q: PageQuery) => ({ limit: q.per_page, offset: (q.page - 1) * q.per_page });

/** `district=oost` narrows a list to one district; an unknown one is 404, none means every district. */
export async function districtIdOf(db: DbOrTx, slug: string | undefined): Promise<string | undefined> {
  if (slug === undefined) return undefined;
  const district = await findDistrictBySlug(db, slug);
  if (district === undefined) throw new HttpProblem(404);
  return district.id;
}
