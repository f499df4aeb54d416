import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { HttpProblem, noticeOf } from '../../../platform/http/guards.ts';
import { emptyForm } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { requireCoop } from '../shared/access.ts';
import { alvOf, type AlvSubject } from './alv.access.ts';
import { alvSettings } from './alv.repository.ts';
import { hasStarted, quorum } from './alv.rules.ts';
import { countsForm, memberVoteForm, paperProxyForm } from './alv.schema.ts';
import { doorPage, paperProxyPage } from './door.views.tsx';
import { arrive, doorListSeenBy, openMeeting, recordCounts, recordMemberVote, recordPaperProxy } from './meeting.actions.ts';
import { proxiesOf } from './meeting.repository.ts';
import { votePage } from './vote.views.tsx';

type ItemRequest = FastifyRequest<{ Params: { alv: string; item: string } }>;

/** At the meeting, for the daily board: the door list, proxies on paper, and the votes per item. */
export function meetingRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const run = requireCoop('dailyBoard');
  const one = '/:district/cooperatie/alv/:alv';

  const doorOf = async (request: FastifyRequest, { district, alv }: AlvSubject) => {
    const door = await doorListSeenBy(actionContext(request, deps), district, alv);
    const q = quorum(door.members.length, door.present.size, door.represented, await alvSettings(db, district.id));
    return { alv, door, quorum: q, started: hasStarted(alv, deps.clock.now()) };
  };
  app.get(`${one}/deur`, { preHandler: run }, async (request, reply) => {
    const data = await doorOf(request, await alvOf(deps, request));
    const notice = noticeOf(request, 'cooperative.alv.notice', ['aanwezig', 'geopend']);
    return sendPage(request, reply, (ctx) => doorPage(ctx, data, notice));
  });
  app.post<{ Params: { alv: string; member: string } }>(`${one}/deur/:member`, { preHandler: run }, async (request, reply) => {
    const subject = await alvOf(deps, request);
    const outcome = await arrive(actionContext(request, deps), subject.district, subject.alv, request.params.member);
    if (outcome.ok) return reply.redirect(`/${subject.district.slug}/cooperatie/alv/${subject.alv.id}/deur?melding=aanwezig`, 303);
    if (outcome.status === 404) throw new HttpProblem(404);
    const data = await doorOf(request, subject);
    const problem = Object.values(outcome.errors)[0];
    return sendPage(request, reply, (ctx) => doorPage(ctx, data, undefined, problem && ctx.t(problem.code)), outcome.status);
  });

  app.post(`${one}/openen`, { preHandler: run }, async (request, reply) => {
    const subject = await alvOf(deps, request);
    const outcome = await openMeeting(actionContext(request, deps), subject.district, subject.alv);
    if (outcome.ok) return reply.redirect(`/${subject.district.slug}/cooperatie/alv/${subject.alv.id}/deur?melding=geopend`, 303);
    const data = await doorOf(request, subject);
    const problem = Object.values(outcome.errors)[0];
    return sendPage(request, reply, (ctx) => doorPage(ctx, data, undefined, problem && ctx.t(problem.code)), outcome.status);
  });

  const paperOf = async (request: FastifyRequest, subject: AlvSubject) => {
    const { members } = await doorListSeenBy(actionContext(request, deps), subject.district, subject.alv);
    const name = new Map(members.map((m) => [m.id, m.name]));
    const proxies = (await proxiesOf(db, subject.alv.id)).map((p) => ({
      principal: name.get(p.principalId) ?? '',
      holder: name.get(p.holderId) ?? '',
    }));
    const notice = noticeOf(request, 'cooperative.alv.notice', ['volmacht']);
    return (ctx: Parameters<typeof paperProxyPage>[0], form: typeof emptyForm) =>
      paperProxyPage(ctx, { alv: subject.alv, members, proxies }, form, notice);
  };
  formRoute(app, {
    path: `${one}/volmachten`,
    preHandler: run,
    load: (request) => alvOf(deps, request),
    page: paperOf,
    schema: paperProxyForm,
    act: (request, { district, alv }, input) => recordPaperProxy(actionContext(request, deps), district, alv, input),
    done: (_request, { district, alv }) => `/${district.slug}/cooperatie/alv/${alv.id}/volmachten?melding=volmacht`,
  });

  const itemOf = async (request: FastifyRequest) => {
    const subject = await alvOf(deps, request);
    const item = subject.alv.items.find((i) => i.id === (request as ItemRequest).params.item);
    if (item === undefined) throw new HttpProblem(404);
    return { ...subject, item };
  };
  const votePageOf = async (request: FastifyRequest, subject: Awaited<ReturnType<typeof itemOf>>) => {
    const { alv, door, quorum: q } = await doorOf(request, subject);
    const present = door.members
      .filter((m) => door.present.has(m.id))
      .map((m) => ({ id: m.id, name: m.name, holds: (door.holds.get(m.id) ?? []).length }));
    return (ctx: Parameters<typeof votePage>[0], form: typeof emptyForm) =>
      votePage(ctx, { alv, item: subject.item, present, quorum: q }, form);
  };
  const votes = `${one}/stemmen/:item`;
  app.get(votes, { preHandler: run }, async (request, reply) => {
    const page = await votePageOf(request, await itemOf(request));
    return sendPage(request, reply, (ctx) => page(ctx, emptyForm));
  });
  const back = (_request: FastifyRequest, { district, alv }: Awaited<ReturnType<typeof itemOf>>): string =>
    `/${district.slug}/cooperatie/alv/${alv.id}`;
  const shownOn = (_request: FastifyRequest, s: Awaited<ReturnType<typeof itemOf>>) =>
    `/${s.district.slug}/cooperatie/alv/${s.alv.id}/stemmen/${s.item.id}`;
  formRoute(app, {
    path: `${votes}/aantallen`,
    preHandler: run,
    load: itemOf,
    page: votePageOf,
    schema: countsForm,
    act: (request, { district, alv, item }, input) => recordCounts(actionContext(request, deps), district, alv, item.id, input),
    done: back,
    shownOn,
  });
  formRoute(app, {
    path: `${votes}/lid`,
    preHandler: run,
    load: itemOf,
    page: votePageOf,
    schema: memberVoteForm,
    act: (request, { district, alv, item }, input) => recordMemberVote(actionContext(request, deps), district, alv, item.id, input),
    done: shownOn,
    shownOn,
  });
}
