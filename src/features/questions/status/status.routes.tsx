import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { hashToken, looksLikeToken } from '../../../platform/auth/tokens.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { findDistrictById } from '../../../platform/geography/geography.repository.ts';
import { parseForm } from '../../../platform/http/forms.ts';
import { HttpProblem, noticeOf } from '../../../platform/http/guards.ts';
import { overRateLimit } from '../../../platform/http/rate-limited.ts';
import { emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { residentAnswersConsent, withdrawConsentFor } from '../consent/consent.actions.ts';
import { findConsent } from '../consent/consents.repository.ts';
import { consentsWithNames } from '../consent/recipients.ts';
import { inzageOf } from '../privacy/inzage.ts';
import { eventsOf } from '../question/events.repository.ts';
import { placeNamesOf } from '../question/places.ts';
import { findQuestionByLink, type Question } from '../question/question.repository.ts';
import { statusLinkState } from '../question/question.rules.ts';
import { messageForm } from '../question/question.schema.ts';
import { statusPath, statusUrl } from '../question/status-link.ts';
import { isActiveReferral } from '../referrals/referral.rules.ts';
import { referralsOfQuestion } from '../referrals/referrals.repository.ts';
import { settle } from '../ui/settle.ts';
import { linkProblemPage, withdrawPage } from './link.views.tsx';
import { residentMessage, residentWithdraw } from './status.actions.ts';
import { statusPage } from './status.views.tsx';

type TokenRequest = FastifyRequest<{ Params: { token: string; consentId?: string }; Querystring: { nieuw?: string } }>;

const notices = ['bericht', 'ingetrokken', 'toestemming-gegeven', 'toestemming-geweigerd', 'toestemming-ingetrokken'];

/** Guessing links is hopeless (256 bits), but typing a message or answering stays humanly paced. */
const residentWrites = { limit: 30, windowSeconds: 900 };

/**
 * The resident's own page behind their status link: what happens now, the timeline, a
 * message (a form in the platform's pattern, shown again here on a problem), consent
 * answers, inzage and withdrawal.
 */
export function statusRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  /** The question behind a status link; forged, revoked and expired links get a plain page and change nothing. */
  async function load(request: TokenRequest, reply: FastifyReply): Promise<Question | null> {
    const { token } = request.params;
    const found = looksLikeToken(token) ? await findQuestionByLink(db, hashToken(token)) : undefined;
    const state = statusLinkState(found && { ...found.question, revokedAt: found.revokedAt }, deps.clock.now());
    const district = found && (await findDistrictById(db, found.question.districtId));
    request.district = district ?? null;
    if (found === undefined || state !== 'valid') {
      const shown = state === 'valid' ? 'unknown' : state;
      await sendPage(request, reply, (ctx) => linkProblemPage(ctx, shown, district?.slug ?? null), state === 'expired' ? 410 : 404);
      return null;
    }
    return found.question;
  }

  async function render(request: TokenRequest, reply: FastifyReply, question: Question, form: FormState = emptyForm, status = 200) {
    const { token } = request.params;
    const data = {
      base: statusPath(token),
      question,
      ...(await placeNamesOf(db, question)),
      events: await eventsOf(db, question.id, { forResident: true }),
      referral: (await referralsOfQuestion(db, question.id)).filter((r) => isActiveReferral(r.status)).at(-1) ?? null,
      consents: await consentsWithNames(db, question, request.t),
      inzage: await inzageOf(db, question.id, request.t),
      fresh: request.query.nieuw === '1' ? { url: statusUrl(deps.config, token) } : null,
      notice: noticeOf(request, 'questions.notice', notices),
    };
    return sendPage(request, reply, (ctx) => statusPage(ctx, data, form), status);
  }

  const back = (request: TokenRequest, reply: FastifyReply, melding: string) =>
    reply.redirect(`${statusPath(request.params.token)}?melding=${melding}#main`, 303);

  const limited = (request: TokenRequest, reply: FastifyReply) =>
    overRateLimit(db, reply, [[`questions:resident:${request.ip}`, residentWrites]], deps.clock.now());

  app.get('/mijn-vraag/:token', async (request: TokenRequest, reply) => {
    const question = await load(request, reply);
    return question && render(request, reply, question);
  });

  app.post('/mijn-vraag/:token/bericht', async (request: TokenRequest, reply) => {
    const question = await load(request, reply);
    if (question === null) return reply;
    if (await limited(request, reply))
      return render(request, reply, question, { values: {}, errors: { message: { code: 'questions.rateLimited' } } }, 429);
    const form = parseForm(messageForm, request.body);
    if (!form.ok) return render(request, reply, question, form, 422);
    settle(await residentMessage(actionContext(request, deps), question, form.data.message));
    return back(request, reply, 'bericht');
  });

  app.get('/mijn-vraag/:token/intrekken', async (request: TokenRequest, reply) => {
    const question = await load(request, reply);
    return question && sendPage(request, reply, (ctx) => withdrawPage(ctx, statusPath(request.params.token), question.reference));
  });

  app.post('/mijn-vraag/:token/intrekken', async (request: TokenRequest, reply) => {
    const question = await load(request, reply);
    if (question === null) return reply;
    settle(await residentWithdraw(actionContext(request, deps), question));
    return back(request, reply, 'ingetrokken');
  });

  const consentSteps = { geven: 'toestemming-gegeven', weigeren: 'toestemming-geweigerd', intrekken: 'toestemming-ingetrokken' } as const;
  for (const [step, melding] of Object.entries(consentSteps)) {
    app.post(`/mijn-vraag/:token/toestemming/:consentId/${step}`, async (request: TokenRequest, reply) => {
      const question = await load(request, reply);
      if (question === null) return reply;
      if (await limited(request, reply)) throw new HttpProblem(429);
      const consent = await findConsent(db, request.params.consentId ?? '');
      if (consent?.questionId !== question.id) throw new HttpProblem(404);
      const ctx = actionContext(request, deps);
      settle(
        step === 'intrekken'
          ? await withdrawConsentFor(ctx, question, consent, 'resident')
          : await residentAnswersConsent(ctx, question, consent, step === 'geven' ? 'given' : 'refused'),
      );
      return back(request, reply, melding);
    });
  }
}
