import type { FastifyInstance, FastifyRequest } from 'fastify';
import { readFileSync } from 'node:fs';
import type { AppDeps } from '../../../platform/feature.ts';
import { findBuurt, listBuurten } from '../../../platform/geography/geography.repository.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { pageContext } from '../../../platform/http/request-context.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { renderSlot } from '../../../platform/layout/start-sections.ts';
import type { Db } from '../../../platform/db/schema.ts';
import { contactPointOfDistrict } from '../contact-point/walk-ins.repository.ts';
import { loadDataset } from '../model/dataset.repository.ts';
import type { EntryType } from '../model/guide.model.ts';
import { isEntryId } from '../model/ids.ts';
import { questionKinds } from '../model/taxonomy.ts';
import { cachedTerms } from '../model/terms.repository.ts';
import { filtersOf, vocabulary } from '../search/search.filters.ts';
import { searchEntries, type SearchHit } from '../search/search.repository.ts';
import { searchQuery } from '../search/search.schema.ts';
import { kioskFrameOf, type KioskFrame } from './kiosk-shell.views.tsx';
import { kioskEntryPage, kioskSegments } from './kiosk-entry.views.tsx';
import { kioskResultsPage, kioskStartPage } from './kiosk.views.tsx';
import { reachableFirst, reachOf, type Reach } from './reach.rules.ts';

const script = readFileSync(new URL('./assets/kiosk.js', import.meta.url));
const KIOSK_RESULTS = 30;

type KioskRequest = FastifyRequest<{
  Querystring: Record<string, string | undefined>;
  Params: { district: string; buurt?: string; id?: string };
}>;

/** Where, whom to call and when, for every result on the screen. */
async function reachOfHits(db: Db, districtId: string, hits: readonly SearchHit[]): Promise<Map<string, Reach>> {
  const ids = (type: EntryType) => hits.filter((h) => h.entryType === type).map((h) => h.entryId);
  const data = await loadDataset(db, {
    districtId,
    serviceIds: ids('service'),
    locationIds: ids('location'),
    organizationIds: ids('organization'),
  });
  return new Map(
    hits.flatMap((h) => {
      const reach = reachOf(data, h.entryType, h.entryId);
      return reach === null ? [] : [[h.entryId, reach] as const];
    }),
  );
}

function frameOf(request: KioskRequest): KioskFrame {
  return kioskFrameOf(districtOf(request), request.query.wacht);
}

/**
 * The information pillar of seed 004: no sign-in; search, buurt pages and each entry with where,
 * whom to call and when (the guide's public work contacts, never residents' data); very large
 * targets, and back to the start after a while without touch.
 */
export function kioskRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get('/assets/guide-kiosk.js', async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(script),
  );

  app.get('/:district/kiosk', async (request: KioskRequest, reply) => {
    const k = frameOf(request);
    const kinds = questionKinds(await cachedTerms(db));
    const buurten = await listBuurten(db, k.district.id);
    // What's on today and this week, when a feature (the activities agenda) offers it.
    const input = {
      db,
      ctx: await pageContext(request, reply),
      district: k.district,
      buurt: null,
      where: 'kiosk' as const,
      now: deps.clock.now(),
    };
    const whatsOn = await renderSlot(app.features, 'whatsOn', input);
    const point = await contactPointOfDistrict(db, k.district.id);
    return sendPage(request, reply, (ctx) => kioskStartPage(ctx, k, { kinds, buurten, whatsOn, point, now: input.now }));
  });

  app.get('/:district/kiosk/zoeken', async (request: KioskRequest, reply) => {
    const k = frameOf(request);
    const parsed = searchQuery.safeParse({ q: request.query.q ?? '', thema: request.query.thema });
    const query = parsed.success ? parsed.data : searchQuery.parse({});
    const { filters, errors } = filtersOf(k.district, query, await vocabulary(db, k.district));
    const problem = !parsed.success || Object.keys(errors).length > 0 ? request.t('guide.kiosk.problem') : undefined;
    const result = problem ? { total: 0, hits: [] } : await searchEntries(db, filters, { limit: KIOSK_RESULTS, offset: 0 });
    const title = query.thema ? request.t(`guide.term.thema.${query.thema}`) : request.t('guide.kiosk.results');
    const reach = await reachOfHits(db, k.district.id, result.hits);
    const extra = { reach, point: await contactPointOfDistrict(db, k.district.id), now: deps.clock.now() };
    const hits = reachableFirst(result.hits, reach);
    return sendPage(
      request,
      reply,
      (ctx) =>
        kioskResultsPage(ctx, k, {
          title: problem ? request.t('guide.kiosk.results') : title,
          q: query.q ?? '',
          ...result,
          hits,
          ...extra,
          ...(problem ? { problem } : {}),
        }),
      problem ? 422 : 200,
    );
  });

  app.get('/:district/kiosk/buurten/:buurt', async (request: KioskRequest, reply) => {
    const k = frameOf(request);
    const buurt = await findBuurt(db, k.district.id, request.params.buurt ?? '');
    if (buurt === undefined) throw new HttpProblem(404);
    const result = await searchEntries(
      db,
      { districtId: k.district.id, words: [], buurtIds: [buurt.id] },
      { limit: KIOSK_RESULTS, offset: 0 },
    );
    const reach = await reachOfHits(db, k.district.id, result.hits);
    const extra = { reach, point: await contactPointOfDistrict(db, k.district.id), now: deps.clock.now() };
    const hits = reachableFirst(result.hits, reach);
    return sendPage(request, reply, (ctx) =>
      kioskResultsPage(ctx, k, { title: request.t('guide.buurt.title', { buurt: buurt.name }), q: '', ...result, hits, ...extra }),
    );
  });

  for (const type of ['service', 'location', 'organization'] as const) {
    app.get(`/:district/kiosk/${kioskSegments[type]}/:id`, async (request: KioskRequest, reply) => {
      const k = frameOf(request);
      const id = request.params.id ?? '';
      if (!isEntryId(id)) throw new HttpProblem(404);
      const scope = type === 'service' ? { serviceIds: [id] } : type === 'location' ? { locationIds: [id] } : { organizationIds: [id] };
      const reach = reachOf(await loadDataset(db, { districtId: k.district.id, ...scope }), type, id);
      if (reach === null) throw new HttpProblem(404);
      const point = await contactPointOfDistrict(db, k.district.id);
      return sendPage(request, reply, (ctx) => kioskEntryPage(ctx, k, { reach, point, now: deps.clock.now() }));
    });
  }
}
