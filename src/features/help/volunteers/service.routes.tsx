import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf, requireRole, userOf } from '../../../platform/http/guards.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { rulesForRequest } from '../house-rules/rules.access.ts';
import { recordRequesterRead } from '../lifecycle/reads.actions.ts';
import { findRequest, type HelpRequest } from '../lifecycle/requests.repository.ts';
import { proposalViewOf } from '../proposals/proposal-view.repository.ts';
import { reportDone } from './report.actions.ts';
import { doneForm } from './report.schema.ts';
import { servicePage } from './service.views.tsx';
import { findVolunteerOfUser } from './volunteers.repository.ts';

type IdRequest = FastifyRequest<{ Params: { district: string; id: string } }>;

/** A request the volunteer took on: who asked and where, and the report when it is done. */
export function serviceRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const volunteer = requireRole('volunteer');
  const pathOf = (help: HelpRequest, district: { slug: string }) => `/${district.slug}/hulp/vrijwilliger/hulpvragen/${help.id}`;

  /** Only the volunteer matched to it sees it. */
  async function ownService(request: FastifyRequest): Promise<HelpRequest> {
    const district = districtOf(request);
    const own = await findVolunteerOfUser(db, district.id, userOf(request).id);
    const help = await findRequest(db, (request as IdRequest).params.id);
    if (own === undefined || help?.volunteerId !== own.id || help.districtId !== district.id) throw new HttpProblem(404);
    return help;
  }

  async function show(request: FastifyRequest, help: HelpRequest) {
    const view = await proposalViewOf(db, help);
    await recordRequesterRead(actionContext(request, deps), help);
    const notice = noticeOf(request, 'help.service.notice', ['klaar']);
    return (ctx: PageContext, form: FormState) => servicePage(ctx, view, form, notice);
  }

  app.get('/:district/hulp/vrijwilliger/hulpvragen/:id', { preHandler: volunteer }, async (request, reply) => {
    const page = await show(request, await ownService(request));
    return sendPage(request, reply, (ctx) => page(ctx, emptyForm));
  });

  formRoute(app, {
    path: '/:district/hulp/vrijwilliger/hulpvragen/:id/klaar',
    preHandler: volunteer,
    load: ownService,
    page: show,
    schema: doneForm,
    act: async (request, help, report) => reportDone(actionContext(request, deps), help, await rulesForRequest(db, help), report),
    done: (request, help) => `${pathOf(help, districtOf(request))}?melding=klaar`,
    shownOn: (request, help) => pathOf(help, districtOf(request)),
  });
}
