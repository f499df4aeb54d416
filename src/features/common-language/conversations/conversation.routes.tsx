import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf, requireRight } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import type { PoolInviter } from '../core/pool-inviter.ts';
import { auditRead, maySee, recordConversation } from './conversation.actions.ts';
import { findConversation } from './conversation.repository.ts';
import { conversationForm, conversationKinds } from './conversation.schema.ts';
import { conversationFormPage, conversationPage } from './conversation.views.tsx';

const uuid = /^[0-9a-f-]{36}$/;

/** Recording a conversation along the core questions, and reading it back. */
export function conversationRoutes(app: FastifyInstance, deps: AppDeps, inviteToPool: PoolInviter): void {
  const { db } = deps.database;
  const recorder = requireRight('conversation.record');

  formRoute(app, {
    path: '/:district/gesprekken/nieuw',
    preHandler: recorder,
    load: (request) => Promise.resolve(districtOf(request)),
    // An intake page links here with `?soort=` (help intake, buurt visit), so the conversation starts as that kind.
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
    const notice = noticeOf(request, 'common-language.conversation.notice', ['opgeslagen']);
    return sendPage(request, reply, (ctx) => conversationPage(ctx, found, notice));
  });
}
