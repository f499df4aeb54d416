import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf, requireRight } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import type { PoolInviter } from '../core/pool-inviter.ts';
import { localDay } from '../../../platform/clock.ts';
import { walkInsOf } from '../visits/walk-ins.ts';
import { auditRead, maySee, recordConversation } from './conversation.actions.ts';
import { findConversation } from './conversation.repository.ts';
import { conversationForm, conversationKinds } from './conversation.schema.ts';
import { conversationFormPage, conversationPage } from './conversation.views.tsx';

const uuid = /^[0-9a-f-]{36}$/;

/** Recording a conversation along the core questions, and reading it back. */
export function conversationRoutes(app: FastifyInstance, deps: AppDeps, inviteToPool: PoolInviter): void {
  const { db } = deps.database;
  const recorder = requireRight('conversation.record');

  // A visit has a form of its own (date, place, next step): one way to record it.
  const visitsElsewhere: preHandlerAsyncHookHandler = async (request, reply) => {
    if (request.method === 'GET' && (request.query as { soort?: unknown }).soort === 'buurt_visit') {
      return reply.redirect(`/${districtOf(request).slug}/bezoeken/nieuw`, 303);
    }
  };

  formRoute(app, {
    path: '/:district/gesprekken/nieuw',
    preHandler: [recorder, visitsElsewhere],
    load: (request) => Promise.resolve(districtOf(request)),
    // An intake page links here with `?soort=` (help intake), so the conversation starts as that kind.
    defaults: (request) => {
      const asked = (request.query as { soort?: unknown }).soort;
      const kind = conversationKinds.find((k) => k === asked) ?? 'question_intake';
      return { kind };
    },
    page: async (_request, district) => {
      const buurten = await listBuurten(db, district.id);
      return (ctx, form) => conversationFormPage(ctx, form, buurten);
    },
    schema: conversationForm,
    act: (request, district, input) => recordConversation(actionContext(request, deps), district, input, inviteToPool),
    done: (_request, district, id) => `/${district.slug}/gesprekken/${id}?melding=opgeslagen`,
  });

  app.get('/:district/gesprekken/:id', { preHandler: recorder }, async (request, reply) => {
    const district = districtOf(request);
    const { id } = request.params as { id: string };
    const found = uuid.test(id) ? await findConversation(db, id) : undefined;
    if (found?.districtId !== district.id) throw new HttpProblem(404);
    if (!maySee(request.user, found)) throw new HttpProblem(403);
    await auditRead(actionContext(request, deps), found);
    const notice = noticeOf(request, 'common-language.conversation.notice', ['opgeslagen', 'bezoek-opgeslagen']);
    const walkInId = found.visit?.walkInId ?? null;
    const walkInName = walkInId === null ? null : ((await walkInsOf(db, district.id)).find((w) => w.id === walkInId)?.name ?? null);
    const shown = { notice, walkInName, today: localDay(deps.clock.now()) };
    return sendPage(request, reply, (ctx) => conversationPage(ctx, found, shown));
  });
}
