import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../platform/layout/render.ts';
import { chooseDistrictPage, infoPage } from './portal.views.tsx';

/** Choosing a district and the about pages. */
export function portalRoutes(app: FastifyInstance): void {
  app.get('/', async (request, reply) => sendPage(request, reply, (ctx) => chooseDistrictPage(ctx)));

  for (const topic of ['over', 'toegankelijkheid', 'privacy'] as const) {
    app.get(`/${topic}`, async (request, reply) => sendPage(request, reply, (ctx) => infoPage(ctx, topic)));
  }
}
