import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { listBuurten, type Buurt } from '../../../platform/geography/geography.repository.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { photoInfo } from '../photo/photo.repository.ts';
import { countStories, findStory, listStories, type Story } from './story.repository.ts';
import { bylineOf, summaryOf } from './story.rules.ts';

const PER_PAGE = 25;
const path = '/api/v1/districts/{district}/stories';

const storySummary = z.object({
  id: z.string(),
  url: z.string(),
  kind: z.enum(['story', 'news']),
  title: z.string(),
  summary: z.string(),
  buurt: z.object({ id: z.string(), slug: z.string(), name: z.string() }).nullable(),
  themes: z.array(z.string()),
  /** The writer's name only with their consent; null for "a resident". */
  author: z.string().nullable(),
  publishedAt: z.string(),
});
const storyDetail = storySummary.extend({
  body: z.string(),
  photo: z.object({ url: z.string(), alt: z.string(), width: z.number().int(), height: z.number().int() }).nullable(),
});

/** Published stories and news of a district for other systems: public, like the pages and the Atom feed. */
export function storiesApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const urlOf = (slug: string, id: string) => new URL(`/${slug}/verhalen/${id}`, deps.config.baseUrl).href;

  function summaryShape(slug: string, s: Story, buurten: readonly Buurt[]): z.input<typeof storySummary> {
    const buurt = buurten.find((b) => b.id === s.buurtId);
    const byline = bylineOf(s);
    return {
      id: s.id,
      url: urlOf(slug, s.id),
      kind: s.kind,
      title: s.title,
      summary: summaryOf(s.body, 300),
      buurt: buurt === undefined ? null : { id: buurt.id, slug: buurt.slug, name: buurt.name },
      themes: s.themes,
      author: 'name' in byline ? byline.name : null,
      publishedAt: s.publishedAt ?? '',
    };
  }

  apiRoute(
    app,
    {
      method: 'get',
      path,
      summary: 'Published stories and news of a district, newest first, 25 per page',
      tag: 'stories',
      params: districtParams,
      query: z.strictObject({
        buurt: z.string().max(80).optional(),
        page: z.coerce.number().int().min(1).max(100_000).default(1),
      }),
      response: z.object({ total: z.number().int(), page: z.number().int(), pages: z.number().int(), stories: z.array(storySummary) }),
    },
    async ({ query }, request) => {
      const district = districtOf(request);
      const buurten = await listBuurten(db, district.id);
      const buurt = query.buurt === undefined ? undefined : buurten.find((b) => b.slug === query.buurt);
      if (query.buurt !== undefined && buurt === undefined) return { total: 0, page: query.page, pages: 1, stories: [] };
      const by = { status: 'published' as const, ...(buurt === undefined ? {} : { buurtId: buurt.id }) };
      const total = await countStories(db, district.id, by);
      const stories = await listStories(db, district.id, { ...by, limit: PER_PAGE, offset: (query.page - 1) * PER_PAGE });
      return {
        total,
        page: query.page,
        pages: Math.max(1, Math.ceil(total / PER_PAGE)),
        stories: stories.map((s) => summaryShape(district.slug, s, buurten)),
      };
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: `${path}/{story}`,
      summary: 'One published story or news item with its text and photo',
      tag: 'stories',
      params: districtParams.extend({ story: z.string().max(80) }),
      response: storyDetail,
    },
    async ({ params }, request) => {
      const district = districtOf(request);
      const story = await findStory(db, district.id, params.story);
      if (story === undefined || story.status !== 'published') throw new HttpProblem(404);
      const photo = await photoInfo(db, story.id);
      return {
        ...summaryShape(district.slug, story, await listBuurten(db, district.id)),
        body: story.body,
        photo: photo === undefined ? null : { url: `${urlOf(district.slug, story.id)}/foto.jpg`, ...photo },
      };
    },
  );
}
