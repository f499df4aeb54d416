import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { HttpProblem, noticeOf, requireAccess, userOf } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { listFailingMails } from '../../../platform/mail/outbox.repository.ts';
import { resendFailingMail } from './mails.actions.ts';
import { LISTED_MAILS, mailScope, type MailScope } from './mails.rules.ts';
import { failingMailsPage } from './mails.views.tsx';

function scopeOf(request: FastifyRequest): MailScope {
  const scope = mailScope(userOf(request).roles);
  if (scope === null) throw new HttpProblem(403);
  return scope;
}

/** Administrators see the mails that keep failing and can send one again (ADR 0008). */
export function mailsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const administrator = { preHandler: requireAccess((user) => mailScope(user.roles) !== null) };

  app.get('/beheer/mails', administrator, async (request, reply) => {
    const mails = await listFailingMails(deps.database.db, scopeOf(request), LISTED_MAILS);
    const notice = noticeOf(request, 'accounts.mails.notice', ['opnieuw-verstuurd']);
    return sendPage(request, reply, (ctx) => failingMailsPage(ctx, mails, notice));
  });

  app.post('/beheer/mails/:id/opnieuw', administrator, async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
    const outcome = await resendFailingMail(actionContext(request, deps), scopeOf(request), request.params.id);
    if (!outcome.ok) throw new HttpProblem(outcome.status);
    return reply.redirect('/beheer/mails?melding=opnieuw-verstuurd', 303);
  });
}
