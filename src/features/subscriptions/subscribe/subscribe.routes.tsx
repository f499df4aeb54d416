import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actionContext } from '../../../platform/actions/action.ts';
import { refusal } from '../../../platform/actions/outcome.ts';
import { looksLikeToken } from '../../../platform/auth/tokens.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf } from '../../../platform/http/guards.ts';
import { hitRateLimit } from '../../../platform/http/rate-limit.repository.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { addressKey, readOptOutToken } from '../../../platform/mail/opt-outs.ts';
import { DIGEST_LIST } from '../digest/digest.mail.tsx';
import { confirm, optOut, subscribe } from './subscribe.actions.ts';
import { subscribeForm } from './subscribe.schema.ts';
import { buttonPage, optedOutPage, subscribePage } from './subscribe.views.tsx';

/** Five subscriptions an hour from one address, and three confirmation mails a day to one mailbox (nobody is flooded). */
const PER_CLIENT = { limit: 5, windowSeconds: 3600 };
const PER_MAILBOX = { limit: 3, windowSeconds: 24 * 3600 };
const notices = ['bijna', 'bevestigd'];

type TokenRequest = FastifyRequest<{ Params: { token: string } }>;

/** Subscribe (double opt-in), confirm by the mailed link, and say "no more" by a signed link (RFC 8058 one click). */
export function subscribeRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const base = (request: FastifyRequest) => `/${districtOf(request).slug}/nieuwsbrief`;

  formRoute(app, {
    path: '/:district/nieuwsbrief',
    load: (request) => listBuurten(db, districtOf(request).id),
    defaults: (request, buurten) => {
      const wanted = (request.query as { buurt?: unknown }).buurt;
      return { frequency: 'weekly', buurt: buurten.find((b) => b.id === wanted)?.id ?? '' };
    },
    page: (request, buurten) => (ctx, form) =>
      subscribePage(ctx, { buurten, notice: noticeOf(request, 'subscriptions.notice', notices) }, form),
    schema: subscribeForm,
    act: async (request, _buurten, input) => {
      const now = deps.clock.now();
      if (!(await hitRateLimit(db, `subscriptions.subscribe:${request.ip}`, PER_CLIENT, now)).allowed) {
        return refusal('subscriptions.tooMany', { status: 429 });
      }
      if (!(await hitRateLimit(db, `subscriptions.mailbox:${addressKey(input.email)}`, PER_MAILBOX, now)).allowed) {
        return refusal('subscriptions.tooManyForAddress', { status: 429, field: 'email' });
      }
      return subscribe(actionContext(request, deps), districtOf(request), input, { t: request.t, lang: request.lang });
    },
    done: (request) => `${base(request)}?melding=bijna`,
  });

  formRoute(app, {
    path: '/:district/nieuwsbrief/bevestigen/:token',
    load: (request) => {
      const { token } = (request as TokenRequest).params;
      if (!looksLikeToken(token)) throw new HttpProblem(404);
      return Promise.resolve(token);
    },
    page: (request, token) => (ctx, form) =>
      buttonPage(
        ctx,
        {
          heading: request.t('subscriptions.confirm.title'),
          text: request.t('subscriptions.confirm.text'),
          button: request.t('subscriptions.confirm.button'),
          action: `${base(request)}/bevestigen/${token}`,
          csrf: true,
        },
        form,
      ),
    schema: z.object({}),
    act: (request, token) => confirm(actionContext(request, deps), districtOf(request), token),
    done: (request) => `${base(request)}?melding=bevestigd`,
  });

  const optOutOf = (request: TokenRequest) => {
    const what = readOptOutToken(deps.config.sessionSecret, request.params.token);
    if (what === null) throw new HttpProblem(404);
    return what;
  };

  app.get('/:district/afmelden/:token', async (request: TokenRequest, reply) => {
    const what = optOutOf(request);
    const kind = what.list === DIGEST_LIST ? 'digest' : 'reminders';
    return sendPage(request, reply, (ctx) =>
      buttonPage(
        ctx,
        {
          heading: request.t(`subscriptions.optOut.${kind}.title`),
          text: request.t(`subscriptions.optOut.${kind}.text`),
          button: request.t('subscriptions.optOut.button'),
          action: `/${districtOf(request).slug}/afmelden/${request.params.token}`,
          csrf: false,
        },
        { values: {}, errors: {} },
      ),
    );
  });

  // RFC 8058: the mail client POSTs `List-Unsubscribe=One-Click` without cookies; the signature is the proof.
  app.post('/:district/afmelden/:token', { config: { signedLink: true } }, async (request: TokenRequest, reply) => {
    const outcome = await optOut({ ...actionContext(request, deps), once: null }, districtOf(request), optOutOf(request));
    if (!outcome.ok) throw new HttpProblem(404);
    return reply.redirect(`/${districtOf(request).slug}/afgemeld`, 303);
  });

  app.get('/:district/afgemeld', (request, reply) => sendPage(request, reply, (ctx) => optedOutPage(ctx)));
}
