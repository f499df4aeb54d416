import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hashToken, looksLikeToken } from '../../platform/auth/tokens.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { findDistrictById } from '../../platform/geography/geography.repository.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { overRateLimit } from '../../platform/http/rate-limited.ts';
import { emptyForm, type FormState } from '../../platform/layout/forms.tsx';
import { sendPage } from '../../platform/layout/render.ts';
import { actionContext, statusUrl } from './actions.shared.ts';
import { findConsent } from './consents.repository.ts';
import { eventsOf } from './events.repository.ts';
import { consentsWithNames } from './question.data.ts';
import { inzageOf } from './inzage.ts';
import { buurtNameOf, findQuestionByLink, locationNameOf, type Question } from './questions.repository.ts';
import { isActiveReferral, statusLinkState } from './questions.rules.ts';
import { messageForm } from './questions.schema.ts';
import { referralsOfQuestion } from './referrals.repository.ts';
import { residentAnswersConsent, residentMessage, residentWithdraw, withdrawConsentFor } from './resident.actions.ts';
import { linkProblemPage, statusPage, withdrawPage } from './status.views.tsx';

type TokenRequest = FastifyRequest<{ Params: { token: string; consentId?: string }; Querystring: { nieuw?: string; melding?: string } }>;

const notices = new Set(['bericht', 'ingetrokken', 'toestemming-gegeven', 'toestemming-geweigerd', 'toestemming-ingetrokken']);

/** Guessing links is hopeless (256 bits), but typing a message or answering stays humanly paced. */
const residentWrites = { limit: 30, windowSeconds: 900 };

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
      await sendPage(
        request,
        reply,
        (ctx) => linkProblemPage(ctx, state === 'valid' ? 'unknown' : state, district?.slug ?? null),
        state === 'expired' ? 410 : 404,
      );
      return null;
    }
    return found.question;
  }

  async function render(request: TokenRequest, reply: FastifyReply, question: Question, form: FormState = emptyForm, status = 200) {
    const referral = (await referralsOfQuestion(db, question.id)).filter((r) => isActiveReferral(r.status)).at(-1) ?? null;
    const consents = await consentsWithNames(db, question, request.t);
    const melding = request.query.melding;
    const data = {
      base: `/mijn-vraag/${request.params.token}`,
      question,
      buurtName: await buurtNameOf(db, question.buurtId),
      walkInName: await locationNameOf(db, question.walkInLocationId),
      events: await eventsOf(db, question.id, { forResident: true }),
      referral,
      consents,
      inzage: await inzageOf(db, question.id, request.t),
      fresh: request.query.nieuw === '1' ? { url: statusUrl(deps, request.params.token) } : null,
      notice: melding !== undefined && notices.has(melding) ? request.t(`questions.notice.${melding}`) : undefined,
    };
    return sendPage(request, reply, (ctx) => statusPage(ctx, data, form), status);
  }

  const back = (request: TokenRequest, reply: FastifyReply, melding: string) =>
    reply.redirect(`/mijn-vraag/${request.params.token}?melding=${melding}#main`, 303);

  async function limited(request: TokenRequest, reply: FastifyReply): Promise<boolean> {
    return overRateLimit(db, reply, [[`questions:resident:${request.ip}`, residentWrites]], deps.clock.now());
  }

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
    if (question.status === 'withdrawn') throw new HttpProblem(409, 'questions.conflict');
    await residentMessage(actionContext(request, deps), question, form.data.message);
    return back(request, reply, 'bericht');
  });

  app.get('/mijn-vraag/:token/intrekken', async (request: TokenRequest, reply) => {
    const question = await load(request, reply);
    return question && sendPage(request, reply, (ctx) => withdrawPage(ctx, `/mijn-vraag/${request.params.token}`, question.reference));
  });

  app.post('/mijn-vraag/:token/intrekken', async (request: TokenRequest, reply) => {
    const question = await load(request, reply);
    if (question === null) return reply;
    await residentWithdraw(actionContext(request, deps), question);
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
      if (step === 'intrekken') await withdrawConsentFor(ctx, question, consent, 'resident');
      else await residentAnswersConsent(ctx, question, consent, step === 'geven' ? 'given' : 'refused');
      return back(request, reply, melding);
    });
  }
}
