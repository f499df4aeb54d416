import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf } from '../../../platform/http/guards.ts';
import { emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import type { FormPage } from '../../../platform/http/form-route.tsx';
import { cityProgrammesOf } from '../programmes/programmes.actions.ts';
import { accessOf, requirePact } from '../shared/access.ts';
import { yearOf } from '../shared/days.rules.ts';
import { pendingJoinRequests } from './join-requests.repository.ts';
import { changeContact, commitmentYear, noteContactRead, partnersSeenBy, saveCommitments } from './partners.actions.ts';
import { findPartner, type Partner } from './partners.repository.ts';
import { commitmentLetters } from './partners.rules.ts';
import { commitmentsForm, contactForm } from './partners.schema.ts';
import { partnerPage } from './partner.views.tsx';
import { partnersPage } from './partners.views.tsx';

type Req = FastifyRequest<{ Params: { district: string; partner: string }; Querystring: { jaar?: string } }>;

const notices = ['afspraken-opgeslagen', 'partner-goedgekeurd', 'aanspreekpunt-opgeslagen'];

export function partnersRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get('/:district/samenwerken/partners', async (request, reply) => {
    const district = districtOf(request);
    const access = accessOf(request);
    const partners = await partnersSeenBy(actionContext(request, deps), district, access);
    const pending = access.steer ? (await pendingJoinRequests(db, district.id)).length : 0;
    const cities = await cityProgrammesOf(db, district.id);
    return sendPage(request, reply, (ctx) => partnersPage(ctx, { partners, cities, access, pending }));
  });

  async function load(request: Req): Promise<Partner> {
    const partner = await findPartner(db, districtOf(request).id, request.params.partner);
    if (partner === undefined) throw new HttpProblem(404);
    return partner;
  }

  /** The partner's page with one of its two forms in the given state; a sent form says which year it was about. */
  async function page(request: Req, partner: Partner, shown: 'commitments' | 'contact'): Promise<FormPage> {
    const ctx = actionContext(request, deps);
    const district = districtOf(request);
    const posted = (request.body as { year?: unknown } | undefined)?.year;
    const year = yearOf(posted ?? request.query.jaar, ctx.now.getUTCFullYear());
    const access = accessOf(request);
    const commitments = await commitmentYear(ctx, district, partner, year);
    await noteContactRead(ctx, district, partner, access);
    const data = { partner, year, ...commitments, access, notice: noticeOf(request, 'pact.notice', notices) };
    return (pageCtx, form: FormState) =>
      partnerPage(
        pageCtx,
        data,
        shown === 'commitments' ? { commitments: form, contact: emptyForm } : { commitments: emptyForm, contact: form },
      );
  }

  const partnerUrl = (request: Req, partner: Partner) => `/${districtOf(request).slug}/samenwerken/partners/${partner.id}`;

  app.get('/:district/samenwerken/partners/:partner', async (request: Req, reply) => {
    const shown = await page(request, await load(request), 'commitments');
    return sendPage(request, reply, (ctx) => shown(ctx, emptyForm));
  });

  formRoute(app, {
    path: '/:district/samenwerken/partners/:partner/afspraken',
    preHandler: requirePact('steer'),
    load,
    page: (request: Req, partner) => page(request, partner, 'commitments'),
    schema: commitmentsForm,
    act: (request, partner, input) =>
      saveCommitments(
        actionContext(request, deps),
        partner.id,
        input.year,
        commitmentLetters.map((letter) => ({ letter, status: input[letter], note: input[`note_${letter}`] })),
      ),
    done: (request: Req, partner, year) => `${partnerUrl(request, partner)}?jaar=${year}&melding=afspraken-opgeslagen`,
    shownOn: partnerUrl,
  });

  formRoute(app, {
    path: '/:district/samenwerken/partners/:partner/aanspreekpunt',
    preHandler: requirePact('steer'),
    load,
    page: (request: Req, partner) => page(request, partner, 'contact'),
    schema: contactForm,
    act: (request, partner, input) => changeContact(actionContext(request, deps), districtOf(request), partner.id, input),
    done: (request: Req, partner) => `${partnerUrl(request, partner)}?melding=aanspreekpunt-opgeslagen`,
    shownOn: partnerUrl,
  });
}
