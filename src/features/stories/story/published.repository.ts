import type { DbOrTx } from '../../../platform/db/schema.ts';
import { summaryOf } from './story.rules.ts';

/** @public A published story as the digest and the newspaper use it. */
export interface PublishedStory {
  id: string;
  title: string;
  body: string;
  summary: string;
  buurtId: string | null;
  authorName: string | null;
  publishedAt: string;
}

/**
 * Stories published in [since, until), newest first: of one buurt and those for the whole
 * district, or (buurt null) all of the district. The writer's name only with their consent.
 */
export async function publishedStories(
  db: DbOrTx,
  districtId: string,
  window: { since: string; until: string; buurtId: string | null; limit: number },
): Promise<PublishedStory[]> {
  let query = db
    .selectFrom('stories')
    .select(['id', 'title', 'body', 'buurt_id', 'author_name', 'show_name', 'published_at'])
    .where('district_id', '=', districtId)
    .where('status', '=', 'published')
    .where('published_at', '>=', window.since)
    .where('published_at', '<', window.until);
  const buurtId = window.buurtId;
  if (buurtId !== null) query = query.where((eb) => eb.or([eb('buurt_id', '=', buurtId), eb('buurt_id', 'is', null)]));
  const rows = await query.orderBy('published_at', 'desc').orderBy('id').limit(window.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    body: r.body,
    summary: summaryOf(r.body, 200),
    buurtId: r.buurt_id,
    authorName: r.show_name === 1 ? r.author_name : null,
    publishedAt: r.published_at ?? '',
  }));
}
