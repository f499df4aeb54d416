import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, requireRight, requireUser } from '../../../platform/http/guards.ts';
import { emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { organizationsOfDistrict } from '../../guide/index.ts';
import { conveneCaseMeeting, readCaseMeeting, recordAgreement } from './case-meetings.actions.ts';
import { agreementForm, conveneForm } from './case-meetings.schema.ts';
import { caseMeetingPage, convenePage } from './case-meetings.views.tsx';

const uuid = /^[0-9a-f-]{36}$/;

/** Case meetings (MDO): convening one (professionals), its page and its agreements (the partners). */
export function caseMeetingRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  formRoute(app, {
    path: '/:district/casusoverleg/nieuw',
    preHandler: requireRight('case.convene'),
    load: (request) => Promise.resolve(districtOf(request)),
    page: async (_request, district) => {
      const organizations = await organizationsOfDistrict(db, district.id);
      return (ctx, form) => convenePage(ctx, form, organizations);
    },
    schema: conveneForm,
    act: (request, district, input) => conveneCaseMeeting(actionContext(request, deps), district, input),
    done: (_request, district, id) => `/${district.slug}/casusoverleg/${id}`,
  });

  /** The meeting as this person may see it; refusals become the error pages. */
  async function shown(request: FastifyRequest, district: District, id: string) {
    const read = await readCaseMeeting(actionContext(request, deps), district, id);
    if (!read.ok) throw new HttpProblem(read.status === 403 ? 403 : 404);
    return read.value;
  }

  const meetingOf = (request: FastifyRequest): Promise<{ district: District; id: string }> => {
    const { id } = request.params as { id: string };
    if (!uuid.test(id)) throw new HttpProblem(404);
    return Promise.resolve({ district: districtOf(request), id });
  };

  app.get('/:district/casusoverleg/:id', { preHandler: requireUser }, async (request, reply) => {
    const { district, id } = await meetingOf(request);
    const data = await shown(request, district, id);
    return sendPage(request, reply, (ctx) => caseMeetingPage(ctx, data, emptyForm));
  });

  formRoute(app, {
    path: '/:district/casusoverleg/:id/afspraak',
    preHandler: requireUser,
    load: meetingOf,
    shownOn: (_request, { district, id }) => `/${district.slug}/casusoverleg/${id}`,
    page: async (request, { district, id }) => {
      const data = await shown(request, district, id);
      return (ctx, form: FormState) => caseMeetingPage(ctx, data, form);
    },
    schema: agreementForm,
    act: (request, { district, id }, input) => recordAgreement(actionContext(request, deps), district, id, input),
    done: (_request, { district, id }) => `/${district.slug}/casusoverleg/${id}`,
  });
}
