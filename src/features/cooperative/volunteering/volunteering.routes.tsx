import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { parseForm } from '../../../platform/http/forms.ts';
import { noticeOf } from '../../../platform/http/guards.ts';
import { overRateLimit } from '../../../platform/http/rate-limited.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { cooperativeOf, requireCoop, requireCoopAny } from '../shared/access.ts';
import { intakePage } from './intake.views.tsx';
import { signUpPage } from './sign-up.views.tsx';
import { intake, intakesSeenBy, signUp } from './volunteering.actions.ts';
import { intakeForm, signUpForm, signUpWithAccountForm, vogKindsForm, vogValidityForm, type SignUpInput } from './volunteering.schema.ts';
import { setVogKinds, setVogValidity, vogKindsOf, vogValidityOf } from './vog.actions.ts';
import { validityValues, vogPage } from './vog.views.tsx';

/** Anyone may sign up, a few times an hour from one address. */
const SIGN_UP_LIMIT = { limit: 5, windowSeconds: 3600 };

function parseSignUp(request: FastifyRequest) {
  if (request.user !== null) return parseForm(signUpForm, request.body);
  const form = parseForm(signUpWithAccountForm, request.body);
  if (!form.ok) return form;
  const { name, email, password, ...rest } = form.data;
  const data: SignUpInput = { ...rest, account: { name, email, password } };
  return { ...form, data };
}

/** Signing up as a volunteer without an invitation, and the coordinator's intake. */
export function volunteeringRoutes(app: FastifyInstance, deps: AppDeps): void {
  const path = '/:district/cooperatie/vrijwilliger-worden';
  const show = async (request: FastifyRequest, reply: FastifyReply, form: FormState, status: number, sent = false) => {
    const { district, cooperative } = await cooperativeOf(deps, request);
    const buurten = await listBuurten(deps.database.db, district.id);
    // A password is never sent back into the page.
    const values = { ...form.values, password: '', passwordRepeat: '' };
    return sendPage(
      request,
      reply,
      (ctx) => signUpPage(ctx, { ...form, values }, { buurten, cooperative: cooperative.name, sent }),
      status,
    );
  };
  app.get(path, async (request: FastifyRequest<{ Querystring: { melding?: string } }>, reply) =>
    show(request, reply, emptyForm, 200, request.query.melding === 'verstuurd'),
  );
  app.post(path, async (request, reply) => {
    const { district } = await cooperativeOf(deps, request);
    const form = parseSignUp(request);
    if (!form.ok) return show(request, reply, form, 422);
    if (await overRateLimit(deps.database.db, reply, [[`coop.volunteer:${request.ip}`, SIGN_UP_LIMIT]], deps.clock.now()))
      return show(request, reply, { values: form.values, errors: { _form: { code: 'cooperative.tooMany' } } }, 429);
    const outcome = await signUp(actionContext(request, deps), request.t, district, form.data);
    if (!outcome.ok) return show(request, reply, { values: form.values, errors: outcome.errors }, outcome.status);
    return reply.redirect(`/${district.slug}/cooperatie/vrijwilliger-worden?melding=verstuurd`, 303);
  });

  const queue = '/:district/cooperatie/vrijwilligers/intake';
  const coordinate = requireCoop('coordinate');
  const queuePage = async (request: FastifyRequest) => {
    const { district } = await cooperativeOf(deps, request);
    const waiting = await intakesSeenBy(actionContext(request, deps), district);
    const notice = noticeOf(request, 'cooperative.intake.notice', ['actief', 'gesprek']);
    const posted = (request.params as { intake?: string }).intake;
    return (ctx: PageContext, form: FormState) => intakePage(ctx, waiting, form, notice, posted);
  };
  app.get(queue, { preHandler: coordinate }, async (request, reply) => {
    const page = await queuePage(request);
    return sendPage(request, reply, (ctx) => page(ctx, emptyForm));
  });
  formRoute(app, {
    path: `${queue}/:intake`,
    preHandler: coordinate,
    load: async (request: FastifyRequest<{ Params: { intake: string } }>) => ({
      ...(await cooperativeOf(deps, request)),
      id: request.params.intake,
    }),
    page: queuePage,
    schema: intakeForm,
    act: (request, { district, id }, input) => intake(actionContext(request, deps), request.t, district, id, input),
    done: (_request, { district }, notice) => `/${district.slug}/cooperatie/vrijwilligers/intake?melding=${notice}`,
    shownOn: (_request, { district }) => `/${district.slug}/cooperatie/vrijwilligers/intake`,
  });

  // Which kinds of help ask a VOG, and how long a VOG counts: the board or a coordinator.
  const vogPath = '/:district/cooperatie/vog';
  const mayVog = requireCoopAny('coordinate', 'board');
  const vogNotice = (request: FastifyRequest) => noticeOf(request, 'cooperative.vog.notice', ['opgeslagen', 'geldigheid']);
  formRoute(app, {
    path: vogPath,
    preHandler: mayVog,
    load: (request) => cooperativeOf(deps, request),
    defaults: async (request, { district }) => ({ talents: (await vogKindsOf(actionContext(request, deps), district)).join(',') }),
    page: async (request, { district }) => {
      const months = await vogValidityOf(actionContext(request, deps), district);
      const validity = { values: validityValues(months), errors: {} };
      return (ctx, kinds) => vogPage(ctx, { kinds, validity, months }, vogNotice(request));
    },
    schema: vogKindsForm,
    act: (request, { district }, input) => setVogKinds(actionContext(request, deps), district, input),
    done: (_request, { district }) => `/${district.slug}/cooperatie/vog?melding=opgeslagen`,
  });
  formRoute(app, {
    path: `${vogPath}/geldigheid`,
    preHandler: mayVog,
    load: (request) => cooperativeOf(deps, request),
    page: async (request, { district }) => {
      const ctx = actionContext(request, deps);
      const [months, kinds] = [await vogValidityOf(ctx, district), await vogKindsOf(ctx, district)];
      const kindsForm = { values: { talents: kinds.join(',') }, errors: {} };
      return (page, validity) => vogPage(page, { kinds: kindsForm, validity, months }, vogNotice(request));
    },
    schema: vogValidityForm,
    act: (request, { district }, input) => setVogValidity(actionContext(request, deps), district, input),
    done: (_request, { district }) => `/${district.slug}/cooperatie/vog?melding=geldigheid`,
    shownOn: (_request, { district }) => `/${district.slug}/cooperatie/vog`,
  });
}
