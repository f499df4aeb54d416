import type { FastifyInstance } from 'fastify';
import { districtOf } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { glossaryPage } from './glossary.views.tsx';

/** The glossary of the common language, for everybody: `/{district}/begrippen`, each term at `#{id}`. */
export function glossaryRoutes(app: FastifyInstance): void {
  app.get('/:district/begrippen', async (request, reply) => {
    districtOf(request);
    return sendPage(request, reply, (ctx) => glossaryPage(ctx));
  });
}
