import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/feature.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { overRateLimit } from '../../platform/http/rate-limited.ts';
import { emptyForm, type FormState } from '../../platform/layout/forms.tsx';
import { sendPage } from '../../platform/layout/render.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { factsFor, jointMeetingsHeld, partnerYearFacts } from './commitments.repository.ts';
import { accessOf, districtOf, noticeOf, requirePact } from './pact.http.ts';
import { commitmentsOf, findPartner, listPartners, pendingJoinRequests } from './partners.repository.ts';
import { commitmentEvidence } from './partners.rules.ts';
import { commitmentsForm, contactForm, decisionForm, joinForm } from './partners.schema.ts';
import { auditContactRead, changeContact, decideJoin, saveCommitments, submitJoinRequest } from './partners.service.ts';
import { joinPage, joinRequestsPage } from './join.views.tsx';
import { partnerPage, partnersPage } from './partners.views.tsx';

type Req = FastifyRequest<{
  Params: { district: string; partner?: string; request?: string };
  Querystring: { jaar?: string; melding?: string };
}>;

export const JOIN_LIMIT = { limit: 5, windowSeconds: 3600 };

export function yearOf(value: unknown, fallback: number): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : fallback;
}

export function partnersRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const steer = { preHandler: requirePact('steer') };
  const base = (request: FastifyRequest) => `/${districtOf(request).slug}/samenwerken/partners`;

  app.get('/:district/samenwerken/partners', async (request: Req, reply) => {
    const district = districtOf(request);
    const access = accessOf(request);
    const partners = await listPartners(db, district.id);
    if (access.work) await auditContactRead(deps, request, district, 'all');
    const pending = access.steer ? (await pendingJoinRequests(db, district.id)).length : 0;
    return sendPage(request, reply, (ctx) => partnersPage(ctx, { partners, access, pending, notice: undefined }));
  });

  async function renderPartner(request: Req, reply: FastifyReply, forms: { commitments: FormState; contact: FormState }, status = 200) {
    const form = forms.commitments;
    const district = districtOf(request);
    const access = accessOf(request);
    const partner = await findPartner(db, district.id, request.params.partner ?? '');
    if (partner === undefined) throw new HttpProblem(404);
    const year = yearOf(form.values.year ?? request.query.jaar, deps.clock.now().getUTCFullYear());
    const held = await jointMeetingsHeld(db, district.id, year);
    const facts = factsFor(await partnerYearFacts(db, district.id, year), partner.id, held);
    const evidence = commitmentEvidence({ hasContact: partner.contact !== null, ...facts });
    const commitments = await commitmentsOf(db, [partner.id], year);
    if (access.work && partner.contact !== null) await auditContactRead(deps, request, district, partner.id);
    const data = {
      partner,
      year,
      commitments,
      evidence,
      access,
      notice: noticeOf(request, ['afspraken-opgeslagen', 'partner-goedgekeurd', 'aanspreekpunt-opgeslagen']),
    };
    return sendPage(request, reply, (ctx) => partnerPage(ctx, data, forms), status);
  }

  app.get('/:district/samenwerken/partners/:partner', async (request: Req, reply) =>
    renderPartner(request, reply, { commitments: emptyForm, contact: emptyForm }),
  );

  app.post('/:district/samenwerken/partners/:partner/afspraken', steer, async (request: Req, reply) => {
    const partner = await findPartner(db, districtOf(request).id, request.params.partner ?? '');
    if (partner === undefined) throw new HttpProblem(404);
    const form = parseForm(commitmentsForm, request.body);
    if (!form.ok) return renderPartner(request, reply, { commitments: form, contact: emptyForm }, 422);
    await saveCommitments(deps, request, partner.id, form.data);
    return reply.redirect(`${base(request)}/${partner.id}?jaar=${form.data.year}&melding=afspraken-opgeslagen`, 303);
  });

  app.post('/:district/samenwerken/partners/:partner/aanspreekpunt', steer, async (request: Req, reply) => {
    const district = districtOf(request);
    const partner = await findPartner(db, district.id, request.params.partner ?? '');
    if (partner === undefined) throw new HttpProblem(404);
    const form = parseForm(contactForm, request.body);
    if (!form.ok) return renderPartner(request, reply, { commitments: emptyForm, contact: form }, 422);
    await changeContact(deps, request, district, partner.id, form.data);
    return reply.redirect(`${base(request)}/${partner.id}?melding=aanspreekpunt-opgeslagen`, 303);
  });

  app.get('/:district/samenwerken/partners/aanmelden', async (request: Req, reply) =>
    sendPage(request, reply, (ctx) => joinPage(ctx, emptyForm, request.query.melding === 'verstuurd')),
  );

  app.post('/:district/samenwerken/partners/aanmelden', async (request: Req, reply) => {
    const district = districtOf(request);
    const form = parseForm(joinForm, request.body);
    if (!form.ok) return sendPage(request, reply, (ctx) => joinPage(ctx, form, false), 422);
    if (await overRateLimit(db, reply, [[`pact.join:${request.ip}`, JOIN_LIMIT]], deps.clock.now())) {
      return sendPage(
        request,
        reply,
        (ctx) => joinPage(ctx, { values: form.values, errors: { _form: { code: 'pact.tooMany' } } }, false),
        429,
      );
    }
    await submitJoinRequest(deps, district, form.data);
    return reply.redirect(`${base(request)}/aanmelden?melding=verstuurd`, 303);
  });

  async function renderRequests(request: Req, reply: FastifyReply, form: FormState, status = 200) {
    const district = districtOf(request);
    const requests = await pendingJoinRequests(db, district.id);
    await recordAudit(db, {
      at: deps.clock.now().toISOString(),
      actorUserId: request.user?.id ?? null,
      action: 'pact.join_requests.read',
      subjectType: 'pact_join_request',
      districtId: district.id,
      requestId: request.id,
    });
    return sendPage(request, reply, (ctx) => joinRequestsPage(ctx, requests, form, noticeOf(request, ['afgewezen'])), status);
  }

  app.get('/:district/samenwerken/partners/aanmeldingen', steer, async (request: Req, reply) => renderRequests(request, reply, emptyForm));

  app.post('/:district/samenwerken/partners/aanmeldingen/:request/besluit', steer, async (request: Req, reply) => {
    const form = parseForm(decisionForm, request.body);
    if (!form.ok) return renderRequests(request, reply, form, 422);
    const outcome = await decideJoin(deps, request, districtOf(request), request.params.request ?? '', form.data);
    if (!outcome.ok) return renderRequests(request, reply, { values: form.values, errors: outcome.errors }, outcome.status ?? 422);
    if (outcome.value === null) return reply.redirect(`${base(request)}/aanmeldingen?melding=afgewezen`, 303);
    return reply.redirect(`${base(request)}/${outcome.value}?melding=partner-goedgekeurd`, 303);
  });
}
