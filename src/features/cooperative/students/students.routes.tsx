import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { noticeOf, requireRight } from '../../../platform/http/guards.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { cooperativeOf } from '../shared/access.ts';
import { addStudent, handBack, matchStudent, queueSeenBy } from './students.actions.ts';
import { handBackForm, matchStudentForm, studentForm } from './students.schema.ts';
import { studentsPage } from './students.views.tsx';

/** The Wijkleerhuis / buurtcampus contact: the queue of long-running needs and the student pool. */
export function studentsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const path = '/:district/cooperatie/studenten';
  const coordinate = requireRight('students.coordinate');
  const pageOf = async (request: FastifyRequest) => {
    const { district } = await cooperativeOf(deps, request);
    const queue = await queueSeenBy(actionContext(request, deps), district);
    const notice = noticeOf(request, 'cooperative.students.notice', ['gekoppeld', 'teruggegeven', 'toegevoegd']);
    return (ctx: PageContext, form: FormState) => studentsPage(ctx, queue, form, notice);
  };
  app.get(path, { preHandler: coordinate }, async (request, reply) => {
    const page = await pageOf(request);
    return sendPage(request, reply, (ctx) => page(ctx, emptyForm));
  });
  const back = (slug: string, notice: string) => `/${slug}/cooperatie/studenten?melding=${notice}`;
  formRoute(app, {
    path: `${path}/nieuw`,
    preHandler: coordinate,
    load: (request) => cooperativeOf(deps, request),
    page: pageOf,
    schema: studentForm,
    act: (request, { district }, input) => addStudent(actionContext(request, deps), district, input),
    done: (_request, { district }) => back(district.slug, 'toegevoegd'),
    shownOn: (_request, { district }) => `/${district.slug}/cooperatie/studenten`,
  });
  const need = async (request: FastifyRequest) => ({
    ...(await cooperativeOf(deps, request)),
    id: (request.params as { request: string }).request,
  });
  formRoute(app, {
    path: `${path}/vragen/:request/koppelen`,
    preHandler: coordinate,
    load: need,
    page: pageOf,
    schema: matchStudentForm,
    act: (request, { district, id }, input) => matchStudent(actionContext(request, deps), request.t, district, id, input),
    done: (_request, { district }) => back(district.slug, 'gekoppeld'),
    shownOn: (_request, { district }) => `/${district.slug}/cooperatie/studenten`,
  });
  formRoute(app, {
    path: `${path}/vragen/:request/teruggeven`,
    preHandler: coordinate,
    load: need,
    page: pageOf,
    schema: handBackForm,
    act: (request, { district, id }, input) => handBack(actionContext(request, deps), district, id, input),
    done: (_request, { district }) => back(district.slug, 'teruggegeven'),
    shownOn: (_request, { district }) => `/${district.slug}/cooperatie/studenten`,
  });
}
