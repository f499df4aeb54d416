import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { localDay } from '../../../platform/clock.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { HttpProblem, noticeOf } from '../../../platform/http/guards.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { findHouseRules, rulesFormValues, rulesVersions, seedRules } from '../../help/index.ts';
import { registerSeenBy } from '../membership/membership.actions.ts';
import { mayInCooperative } from '../shared/access.rules.ts';
import { cooperativeOf, requireCoop } from '../shared/access.ts';
import { addSeat, adoptRules, endBoardSeat, recordDecision } from './board.actions.ts';
import { currentSeats, decisionsOf } from './board.repository.ts';
import { adoptRulesForm, decisionRecordForm, seatForm } from './board.schema.ts';
import { boardPage } from './board.views.tsx';
import { decisionsPage } from './decisions.views.tsx';
import { rulesPage } from './rules.views.tsx';

type Draw = (ctx: PageContext, form: FormState) => ReturnType<typeof boardPage>;

/** The boards and the kascommissie (public), their decisions (members and board), and the house rules the board adopts. */
export function boardRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const board = requireCoop('board');
  const may = (request: FastifyRequest, power: 'board') => {
    const district = request.district;
    return request.user !== null && district !== null && mayInCooperative(request.user.roles, power, district.id);
  };

  const seatsPage = async (request: FastifyRequest): Promise<Draw> => {
    const { district } = await cooperativeOf(deps, request);
    const seats = await currentSeats(db, district.id);
    // The board chooses from the register, so showing it to them is a read of the register.
    const manage = may(request, 'board')
      ? { members: (await registerSeenBy(actionContext(request, deps), district)).filter((m) => m.endedOn === null) }
      : null;
    const notice = noticeOf(request, 'cooperative.board.notice', ['toegevoegd', 'beeindigd']);
    return (ctx, form) => boardPage(ctx, seats, manage, form, notice);
  };
  app.get('/:district/cooperatie/bestuur', async (request, reply) => {
    const page = await seatsPage(request);
    return sendPage(request, reply, (ctx) => page(ctx, emptyForm));
  });
  formRoute(app, {
    path: '/:district/cooperatie/bestuur/zetels',
    preHandler: board,
    load: (request) => cooperativeOf(deps, request),
    page: seatsPage,
    schema: seatForm,
    act: (request, { district }, input) => addSeat(actionContext(request, deps), district, input),
    done: (_request, { district }) => `/${district.slug}/cooperatie/bestuur?melding=toegevoegd`,
    shownOn: (_request, { district }) => `/${district.slug}/cooperatie/bestuur`,
  });
  app.post<{ Params: { seat: string } }>(
    '/:district/cooperatie/bestuur/zetels/:seat/einde',
    { preHandler: board },
    async (request, reply) => {
      const { district } = await cooperativeOf(deps, request);
      const outcome = await endBoardSeat(actionContext(request, deps), district, request.params.seat);
      if (!outcome.ok) throw new HttpProblem(409);
      return reply.redirect(`/${district.slug}/cooperatie/bestuur?melding=beeindigd`, 303);
    },
  );

  const decisions = '/:district/cooperatie/besluiten';
  const decisionsOfPage = async (request: FastifyRequest) => {
    const { district } = await cooperativeOf(deps, request);
    const list = await decisionsOf(db, district.id);
    const notice = noticeOf(request, 'cooperative.decisions.notice', ['vastgelegd', 'spelregels']);
    const mayRecord = may(request, 'board');
    return (ctx: PageContext, form: FormState) => decisionsPage(ctx, list, mayRecord, form, notice);
  };
  formRoute(app, {
    path: decisions,
    preHandler: requireCoop('decisions'),
    load: (request) => cooperativeOf(deps, request),
    defaults: () => ({ decidedOn: localDay(deps.clock.now()), body: 'general' }),
    page: decisionsOfPage,
    schema: decisionRecordForm,
    act: (request, { district }, input) => {
      // Members read the decisions; only the board records one.
      if (!may(request, 'board')) throw new HttpProblem(403);
      return recordDecision(actionContext(request, deps), district, input);
    },
    done: (_request, { district }) => `/${district.slug}/cooperatie/besluiten?melding=vastgelegd`,
  });

  formRoute(app, {
    path: `${decisions}/spelregels`,
    preHandler: board,
    load: (request) => cooperativeOf(deps, request),
    defaults: async (_request, { district }) => ({
      ...rulesFormValues((await findHouseRules(db, district.id)) ?? seedRules),
      decidedOn: localDay(deps.clock.now()),
      body: 'general',
    }),
    page: async (_request, { district }) => {
      const versions = await rulesVersions(db, district.id);
      return (ctx, form) => rulesPage(ctx, versions, form);
    },
    schema: adoptRulesForm,
    act: (request, { district }, input) => adoptRules(actionContext(request, deps), district, input),
    done: (_request, { district }) => `/${district.slug}/cooperatie/besluiten?melding=spelregels`,
  });
}
