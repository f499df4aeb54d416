import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { listMeetings } from '../meetings/meetings.repository.ts';
import { cityProgrammesOf } from '../programmes/programmes.actions.ts';
import { settingsOf } from '../settings/settings.repository.ts';
import { accessOf, requirePact } from '../shared/access.ts';
import { tijwAdditions } from './tijw.actions.ts';
import { tijwOf } from './tijw.repository.ts';
import { tijwParts } from './tijw.rules.ts';
import { tijwFormPage } from './tijw-form.views.tsx';
import { tijwPage } from './tijw.views.tsx';

/** The district of the address, if it works on Thuis in je Wijk; other districts have no such pages. */
export async function tijwDistrict(deps: AppDeps, request: FastifyRequest): Promise<District> {
  const district = districtOf(request);
  if (!(await settingsOf(deps.database.db, district.id)).programmes.includes('thuis_in_je_wijk')) throw new HttpProblem(404);
  return district;
}

/** Thuis in je Wijk's core team, action plan, work groups and research longlist; the coordinator adds to them. */
export function tijwRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/:district/samenwerken/thuis-in-je-wijk', async (request, reply) => {
    const { db } = deps.database;
    const district = await tijwDistrict(deps, request);
    const data = await tijwOf(db, district.id);
    const learning = (await listMeetings(db, district.id)).filter((m) => m.kind === 'learning');
    const cities = await cityProgrammesOf(db, district.id);
    const notice = noticeOf(request, 'pact.notice', ['tijw-opgeslagen']);
    return sendPage(request, reply, (ctx) => tijwPage(ctx, { ...data, learning, cities, access: accessOf(request), notice }));
  });
  for (const part of tijwParts) {
    formRoute(app, {
      path: `/:district/samenwerken/thuis-in-je-wijk/nieuw/${part}`,
      preHandler: requirePact('actionPlan'),
      load: (request) => tijwDistrict(deps, request),
      defaults: () => ({ status: 'planned' }),
      page: () => (ctx, form) => tijwFormPage(ctx, part, form),
      schema: tijwAdditions[part].schema,
      act: (request, district, input) => tijwAdditions[part].add(actionContext(request, deps), district, input),
      done: (_request, district) => `/${district.slug}/samenwerken/thuis-in-je-wijk?melding=tijw-opgeslagen`,
    });
  }
}
