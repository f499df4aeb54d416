import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actionContext } from '../../../platform/actions/action.ts';
import { refusal } from '../../../platform/actions/outcome.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, requireUser, userOf } from '../../../platform/http/guards.ts';
import { hitRateLimit } from '../../../platform/http/rate-limit.repository.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { placesWithAccess } from '../../guide/index.ts';
import { agendaItems, findActivity } from '../agenda/activities.repository.ts';
import { activityPage, type ActivityPageData } from '../agenda/activity.views.tsx';
import { mayEdit } from '../organise/organise.access.ts';
import { cancelRegistration, register, registrationsSeenBy, type Registered } from './registration.actions.ts';
import { countConfirmed } from './registration.repository.ts';
import { registrationForm } from './registration.schema.ts';
import { cancelPage, registrationsPage } from './registration.views.tsx';

/** Thirty registrations an hour from one address: enough for a walk-in point's computer, not for a script. */
const REGISTER_LIMIT = { limit: 30, windowSeconds: 3600 };

/** Everything an activity's page shows; 404 when the district has no such activity. */
export async function activityPageData(deps: AppDeps, request: FastifyRequest, id: string): Promise<Omit<ActivityPageData, 'mayEdit'>> {
  const { db } = deps.database;
  const district = districtOf(request);
  const activity = await findActivity(db, district.id, id);
  if (activity === undefined) throw new HttpProblem(404);
  const now = deps.clock.now().toISOString();
  const upcoming = await agendaItems(db, district.id, { from: now, to: '9999', activityId: activity.id, limit: 60 });
  const shownUpcoming = activity.status === 'pending' ? [] : upcoming;
  const taken = new Map<string, number>();
  if (activity.registration && activity.capacity !== null) {
    for (const item of shownUpcoming.slice(0, 12)) taken.set(item.startsAt, await countConfirmed(db, activity.id, item.startsAt));
  }
  return {
    activity,
    upcoming: shownUpcoming.slice(0, 12),
    place: (await placesWithAccess(db, district.id)).find((p) => p.id === activity.locationId),
    buurten: await listBuurten(db, district.id),
    taken,
  };
}

const noticeOfRegistration = (r: Registered): string =>
  r.buddy === 'asked' ? 'maatje' : r.buddy === 'refused' ? 'maatje-niet' : r.status === 'confirmed' ? 'aangemeld' : 'wachtlijst';

/** Registering without an account, cancelling by the link in the mail, and the organiser's list. */
export function registrationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const base = (request: FastifyRequest) => `/${districtOf(request).slug}/activiteiten`;

  formRoute(app, {
    path: '/:district/activiteiten/:activity/aanmelden',
    load: (request: FastifyRequest<{ Params: { activity: string } }>) => activityPageData(deps, request, request.params.activity),
    page: (_request, data) => (ctx, form) => activityPage(ctx, { ...data, mayEdit: false }, form),
    shownOn: (request, data) => `${base(request)}/${data.activity.id}`,
    schema: registrationForm,
    act: async (request, data, input) => {
      const limited = await hitRateLimit(db, `activities.register:${request.ip}`, REGISTER_LIMIT, deps.clock.now());
      if (!limited.allowed) return refusal('activities.tooMany', { status: 429 });
      return register(actionContext(request, deps), request.t, districtOf(request), data.activity.id, input);
    },
    done: (request, data, value) => `${base(request)}/${data.activity.id}?melding=${noticeOfRegistration(value)}`,
  });

  formRoute(app, {
    path: '/:district/activiteiten/afmelden/:token',
    load: (request: FastifyRequest<{ Params: { token: string } }>) => Promise.resolve(request.params.token),
    page: () => (ctx, form) => cancelPage(ctx, form),
    schema: z.object({}),
    act: (request, token) => cancelRegistration(actionContext(request, deps), request.t, districtOf(request), token),
    done: (request, _token, activityId) => `${base(request)}/${activityId}?melding=afgemeld`,
  });

  app.get<{ Params: { activity: string } }>(
    '/:district/activiteiten/:activity/aanmeldingen',
    { preHandler: requireUser },
    async (request, reply) => {
      const district = districtOf(request);
      const activity = await findActivity(db, district.id, request.params.activity);
      if (activity === undefined) throw new HttpProblem(404);
      if (!mayEdit(userOf(request), district, activity)) throw new HttpProblem(403);
      const registrations = await registrationsSeenBy(actionContext(request, deps), district, activity);
      if (!registrations.ok) throw new HttpProblem(409);
      return sendPage(request, reply, (pageCtx) => registrationsPage(pageCtx, { activity, registrations: registrations.value }));
    },
  );
}
