import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { findBuurt, listBuurten, type Buurt } from '../../../platform/geography/geography.repository.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { parseForm, type FormValues } from '../../../platform/http/forms.ts';
import { noticeOf, requireRight, requireUser } from '../../../platform/http/guards.ts';
import { overRateLimit } from '../../../platform/http/rate-limited.ts';
import { emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { cooperativeOf } from '../shared/access.ts';
import { joinPage } from './join.views.tsx';
import { minePage } from './mine.views.tsx';
import { joinPool, ownProfile, saveOwnProfile, searchSeenBy, setOwnStanding } from './pools.actions.ts';
import type { PoolProfile } from './pools.repository.ts';
import { joinForm, joinWithAccountForm, profileForm, searchQuery, standingForm, type JoinInput } from './pools.schema.ts';
import { searchPage } from './search.views.tsx';

/** Anyone may sign up, a few times an hour from one address. */
const JOIN_LIMIT = { limit: 5, windowSeconds: 3600 };

function parseJoin(request: FastifyRequest) {
  if (request.user !== null) return parseForm(joinForm, request.body);
  const form = parseForm(joinWithAccountForm, request.body);
  if (!form.ok) return form;
  const { name, email, password, ...rest } = form.data;
  const data: JoinInput = { ...rest, account: { name, email, password } };
  return { ...form, data };
}

function profileValues(profile: PoolProfile | undefined, buurten: readonly Buurt[]): FormValues {
  if (profile === undefined) return {};
  return {
    kind: profile.kind,
    buurt: buurten.find((b) => b.id === profile.buurtId)?.slug ?? '',
    talents: profile.talents.join(','),
    skills: profile.skills,
    availability: profile.availability,
  };
}

/** Pool 2 signs up and keeps its own profile; coordinators search both pools. */
export function poolsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const join = '/:district/cooperatie/pool-aanmelden';
  const show = async (request: FastifyRequest, reply: FastifyReply, form: FormState, status: number, sent = false) => {
    const { district } = await cooperativeOf(deps, request);
    const buurten = await listBuurten(db, district.id);
    const values = { ...form.values, password: '', passwordRepeat: '' }; // a password never goes back into the page
    return sendPage(request, reply, (ctx) => joinPage(ctx, { ...form, values }, { buurten, sent }), status);
  };
  app.get(join, async (request: FastifyRequest<{ Querystring: { melding?: string } }>, reply) =>
    show(request, reply, emptyForm, 200, request.query.melding === 'verstuurd'),
  );
  app.post(join, async (request, reply) => {
    const { district } = await cooperativeOf(deps, request);
    const form = parseJoin(request);
    if (!form.ok) return show(request, reply, form, 422);
    if (await overRateLimit(db, reply, [[`coop.pool:${request.ip}`, JOIN_LIMIT]], deps.clock.now()))
      return show(request, reply, { values: form.values, errors: { _form: { code: 'cooperative.tooMany' } } }, 429);
    const outcome = await joinPool(actionContext(request, deps), request.t, district, form.data);
    if (!outcome.ok) return show(request, reply, { values: form.values, errors: outcome.errors }, outcome.status);
    return reply.redirect(`/${district.slug}/cooperatie/pool-aanmelden?melding=verstuurd`, 303);
  });

  const mine = '/:district/cooperatie/mijn-pool';
  const load = async (request: FastifyRequest) => {
    const { district } = await cooperativeOf(deps, request);
    return { district, profile: await ownProfile(actionContext(request, deps), district), buurten: await listBuurten(db, district.id) };
  };
  type Loaded = Awaited<ReturnType<typeof load>>;
  const page = (request: FastifyRequest, { profile, buurten }: Loaded) => {
    const notice = noticeOf(request, 'cooperative.pool.notice', ['opgeslagen', 'actief', 'gepauzeerd', 'gestopt']);
    return (ctx: Parameters<typeof minePage>[0], form: FormState) => minePage(ctx, form, { profile, buurten, notice });
  };
  formRoute(app, {
    path: mine,
    preHandler: requireUser,
    load,
    defaults: (_request, { profile, buurten }) => profileValues(profile, buurten),
    page,
    schema: profileForm,
    act: (request, { district }, input) => saveOwnProfile(actionContext(request, deps), district, input),
    done: (_request, { district }) => `/${district.slug}/cooperatie/mijn-pool?melding=opgeslagen`,
  });
  formRoute(app, {
    path: `${mine}/stand`,
    preHandler: requireUser,
    load,
    page,
    schema: standingForm,
    act: (request, { district }, input) => setOwnStanding(actionContext(request, deps), district, input),
    done: (_request, { district }, notice) => `/${district.slug}/cooperatie/mijn-pool?melding=${notice}`,
    shownOn: (_request, { district }) => `/${district.slug}/cooperatie/mijn-pool`,
  });

  app.get('/:district/cooperatie/pools', { preHandler: requireRight('pools.search') }, async (request, reply) => {
    const { district } = await cooperativeOf(deps, request);
    const parsed = searchQuery.safeParse(request.query);
    const q = parsed.success ? parsed.data : { talent: null, buurt: null, pool: null, gepauzeerd: null, pagina: 1 };
    const buurten = await listBuurten(db, district.id);
    const buurt = q.buurt === null ? undefined : await findBuurt(db, district.id, q.buurt);
    const state = { talent: q.talent, buurt: buurt?.slug ?? null, pool: q.pool, withPaused: q.gepauzeerd === 'ja' };
    const filter = { talent: q.talent, buurtId: buurt?.id ?? null, pool: q.pool ?? 'all', withPaused: state.withPaused } as const;
    const found = await searchSeenBy(actionContext(request, deps), district, filter, q.pagina);
    return sendPage(request, reply, (ctx) => searchPage(ctx, state, { buurten, found }));
  });
}
