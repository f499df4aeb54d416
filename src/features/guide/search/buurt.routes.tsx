import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { findBuurt, listBuurten } from '../../../platform/geography/geography.repository.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { pageContext } from '../../../platform/http/request-context.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { renderSlot } from '../../../platform/layout/start-sections.ts';
import { contactPointOfDistrict } from '../contact-point/walk-ins.repository.ts';
import { buurtPage, buurtenPage } from './buurt.views.tsx';
import { searchEntries } from './search.repository.ts';

/** "What is in my buurt": the buurten of a district, and per buurt what is there and what is for everyone. */
export function buurtRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get('/:district/buurten', async (request, reply) => {
    const district = districtOf(request);
    const buurten = await listBuurten(db, district.id);
    return sendPage(request, reply, (ctx) => buurtenPage(ctx, district, buurten));
  });

  app.get<{ Params: { district: string; buurt: string } }>('/:district/buurten/:buurt', async (request, reply) => {
    const district = districtOf(request);
    const buurt = await findBuurt(db, district.id, request.params.buurt);
    if (buurt === undefined) throw new HttpProblem(404);
    const local = await searchEntries(db, { districtId: district.id, words: [], buurtIds: [buurt.id] });
    const wide = await searchEntries(
      db,
      { districtId: district.id, words: [], buurtIds: ['*'], types: ['service'] },
      { limit: 30, offset: 0 },
    );
    // What other features know of this buurt: its network and assistant, what's on, its stories.
    const now = deps.clock.now();
    const input = { db, ctx: await pageContext(request, reply), district, buurt, where: 'buurt' as const, now };
    const slots = (
      await Promise.all((['neighbourhood', 'whatsOn', 'news'] as const).map((slot) => renderSlot(app.features, slot, input)))
    ).join('');
    const point = await contactPointOfDistrict(db, district.id);
    return sendPage(request, reply, (ctx) =>
      buurtPage(ctx, { district, buurt, local: local.hits, wide: wide.hits, wideTotal: wide.total, slots, point, now }),
    );
  });
}
