import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import { formRoute, type FormPage } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf, userOf } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { placesWithAccess } from '../../guide/index.ts';
import { activitiesWhere, findActivity, hasPublishedBefore, type Activity } from '../agenda/activities.repository.ts';
import { choiceOfRule } from '../agenda/recurrence.rules.ts';
import { isCoordinatorOf, mayEdit, requireCoordinator, requireOrganiser } from './organise.access.ts';
import { approveActivity, changeActivity, createActivity, fieldsOfForm } from './organise.actions.ts';
import { activityForm } from './organise.schema.ts';
import { activityFormPage, managePage } from './organise.views.tsx';

/** An activity as the form shows it again. */
function formValuesOf(a: Activity): Record<string, string> {
  const { repeat, until } = choiceOfRule(a.rrule);
  const end = new Date(Date.UTC(2000, 0, 1, Number(a.startsLocal.slice(11, 13)), Number(a.startsLocal.slice(14, 16)) + a.durationMinutes));
  return {
    title: a.title,
    description: a.description,
    audience: a.audience,
    theme: a.theme,
    buurt: a.buurtId ?? '',
    place: a.locationId,
    date: a.startsLocal.slice(0, 10),
    start: a.startsLocal.slice(11, 16),
    end: end.toISOString().slice(11, 16),
    repeat: repeat === 'custom' ? 'none' : repeat,
    until,
    exceptions: a.exdates.join(', '),
    cost: (a.costCents / 100).toFixed(2).replace('.', ','),
    organizer: a.organizerName,
    contactName: a.contactName,
    contactPhone: a.contactPhone ?? '',
    contactEmail: a.contactEmail ?? '',
    registration: a.registration ? 'on' : '',
    capacity: a.capacity === null ? '' : String(a.capacity),
  };
}

/** Organisers add and change their activities; coordinators approve first-time organisers. */
export function organiseRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const base = (request: FastifyRequest) => `/${districtOf(request).slug}/activiteiten`;

  async function formPage(request: FastifyRequest, editing?: string): Promise<FormPage> {
    const district = districtOf(request);
    const user = userOf(request);
    const firstTime = !isCoordinatorOf(user, district) && !(await hasPublishedBefore(db, user.id));
    const data = { places: await placesWithAccess(db, district.id), buurten: await listBuurten(db, district.id), editing, firstTime };
    return (ctx, form) => activityFormPage(ctx, data, form);
  }

  formRoute(app, {
    path: '/:district/activiteiten/nieuw',
    preHandler: requireOrganiser,
    load: () => Promise.resolve(null),
    defaults: (request) => ({ repeat: 'none', cost: '0', contactName: userOf(request).name, contactEmail: userOf(request).email }),
    page: (request) => formPage(request),
    schema: activityForm,
    act: async (request, _none, input) => {
      const fields = fieldsOfForm(input);
      return fields.ok ? createActivity(actionContext(request, deps), districtOf(request), fields.value) : fields;
    },
    done: (request, _none, made) => `${base(request)}/${made.id}?melding=${made.status === 'pending' ? 'ter-goedkeuring' : 'toegevoegd'}`,
  });

  formRoute(app, {
    path: '/:district/activiteiten/:activity/wijzigen',
    preHandler: requireOrganiser,
    load: async (request: FastifyRequest<{ Params: { activity: string } }>) => {
      const district = districtOf(request);
      const activity = await findActivity(db, district.id, request.params.activity);
      if (activity === undefined) throw new HttpProblem(404);
      if (!mayEdit(userOf(request), district, activity)) throw new HttpProblem(403);
      return activity;
    },
    defaults: (_request, activity) => formValuesOf(activity),
    page: (request, activity) => formPage(request, activity.id),
    schema: activityForm,
    act: async (request, activity, input) => {
      const fields = fieldsOfForm(input);
      return fields.ok ? changeActivity(actionContext(request, deps), districtOf(request), activity, fields.value) : fields;
    },
    done: (request, activity) => `${base(request)}/${activity.id}?melding=gewijzigd`,
  });

  app.get('/:district/activiteiten/beheer', { preHandler: requireOrganiser }, async (request, reply) => {
    const district = districtOf(request);
    const user = userOf(request);
    const mayApprove = isCoordinatorOf(user, district);
    const mine = await activitiesWhere(db, district.id, { organizerUserId: user.id });
    const pending = mayApprove ? await activitiesWhere(db, district.id, { status: 'pending' }) : [];
    const notice = noticeOf(request, 'activities.notice', ['goedgekeurd']);
    return sendPage(request, reply, (ctx) => managePage(ctx, { mine, pending, mayApprove, notice }));
  });

  formRoute(app, {
    path: '/:district/activiteiten/:activity/goedkeuren',
    preHandler: requireCoordinator,
    load: (request: FastifyRequest<{ Params: { activity: string } }>) => Promise.resolve(request.params.activity),
    page: async (request) => {
      const district = districtOf(request);
      const pending = await activitiesWhere(db, district.id, { status: 'pending' });
      const mine = await activitiesWhere(db, district.id, { organizerUserId: userOf(request).id });
      return (ctx) => managePage(ctx, { mine, pending, mayApprove: true });
    },
    shownOn: (request) => `${base(request)}/beheer`,
    schema: z.object({}),
    act: (request, id) => approveActivity(actionContext(request, deps), districtOf(request), id),
    done: (request) => `${base(request)}/beheer?melding=goedgekeurd`,
  });
}
