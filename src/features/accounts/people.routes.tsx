import { queueMailNow } from '../../platform/actions/action.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { assignRole, findUserByEmail } from '../../platform/auth/auth.repository.ts';
import { assignableRoles } from '../../platform/auth/roles.rules.ts';
import { hashToken, newToken } from '../../platform/auth/tokens.ts';
import { apiRoute } from '../../platform/api/openapi.ts';
import { listAudit, recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { findBuurt, listBuurten, type District } from '../../platform/geography/geography.repository.ts';
import type { z } from 'zod';
import { parseForm } from '../../platform/http/forms.ts';
import { HttpProblem, requireRole } from '../../platform/http/guards.ts';
import { emptyForm, type FormState } from '../../platform/layout/forms.tsx';
import { sendPage } from '../../platform/layout/render.ts';
import { deleteAssignment, findAssignment, insertInvitation, openInvitations, peopleOfDistrict } from './accounts.repository.ts';
import { INVITATION_DAYS } from './accounts.rules.ts';
import { districtParams, inviteForm, peopleResponse } from './accounts.schema.ts';
import { auditPage, peoplePage } from './people.views.tsx';
import { organizationsOfDistrict } from '../guide/index.ts';

type DistrictRequest = FastifyRequest<{ Params: { district: string }; Querystring: { melding?: string } }>;
type InviteData = z.output<typeof inviteForm>;

const notices = new Set(['uitgenodigd', 'rol-gegeven', 'rol-verwijderd']);

function districtOf(request: FastifyRequest): District {
  if (request.district === null) throw new HttpProblem(404);
  return request.district;
}

export function peopleRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const admin = { preHandler: requireRole('administrator') };

  async function render(request: DistrictRequest, reply: Parameters<typeof sendPage>[1], form: FormState, status = 200) {
    const district = districtOf(request);
    const melding = request.query.melding;
    const data = {
      people: await peopleOfDistrict(db, district.id),
      invitations: await openInvitations(db, district.id, deps.clock.now().toISOString()),
      assignable: assignableRoles(request.user?.roles ?? [], district.id),
      buurten: await listBuurten(db, district.id),
      organizations: await organizationsOfDistrict(db, district.id),
      notice: melding !== undefined && notices.has(melding) ? request.t(`accounts.notice.${melding}`) : undefined,
    };
    return sendPage(request, reply, (ctx) => peoplePage(ctx, form, data), status);
  }

  app.get('/:district/beheer/mensen', admin, async (request: DistrictRequest, reply) => render(request, reply, emptyForm));

  app.post('/:district/beheer/mensen', admin, async (request: DistrictRequest, reply) => {
    const district = districtOf(request);
    const form = parseForm(inviteForm, request.body);
    if (!form.ok) return render(request, reply, form, 422);
    const buurt = form.data.buurt === undefined ? undefined : await findBuurt(db, district.id, form.data.buurt);
    if (!assignableRoles(request.user?.roles ?? [], district.id).includes(form.data.role)) {
      return render(request, reply, { values: form.values, errors: { role: { code: 'accounts.people.roleNotAllowed' } } }, 422);
    }
    if (form.data.buurt !== undefined && buurt === undefined)
      return render(request, reply, { values: form.values, errors: { buurt: { code: 'validation.choice' } } }, 422);
    const organization = await organizationFor(db, district.id, form.data);
    if (!organization.ok)
      return render(request, reply, { values: form.values, errors: { organization: { code: organization.code } } }, 422);
    const outcome = await invite(deps, request, district, form.data, { buurtId: buurt?.id ?? null, organizationId: organization.id });
    return reply.redirect(`/${district.slug}/beheer/mensen?melding=${outcome}`, 303);
  });

  app.post(
    '/:district/beheer/mensen/rollen/:assignmentId/verwijderen',
    admin,
    async (request: FastifyRequest<{ Params: { district: string; assignmentId: string } }>, reply) => {
      const district = districtOf(request);
      const assignment = await findAssignment(db, request.params.assignmentId);
      if (assignment?.district_id !== district.id) throw new HttpProblem(404);
      // An administrator cannot lock themselves out of the district they manage.
      if (assignment.user_id === request.user?.id && assignment.role === 'administrator')
        throw new HttpProblem(409, 'accounts.people.ownAdmin');
      const now = deps.clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        await deleteAssignment(trx, assignment.id);
        await recordAudit(trx, {
          at: now,
          actorUserId: request.user?.id ?? null,
          action: 'roles.revoked',
          subjectType: 'user',
          subjectId: assignment.user_id,
          districtId: district.id,
          details: { role: assignment.role },
          requestId: request.id,
        });
      });
      return reply.redirect(`/${district.slug}/beheer/mensen?melding=rol-verwijderd`, 303);
    },
  );

  app.get('/:district/beheer/logboek', admin, async (request: DistrictRequest, reply) => {
    const rows = await listAudit(db, { districtId: districtOf(request).id, limit: 200 });
    return sendPage(request, reply, (ctx) => auditPage(ctx, rows));
  });

  peopleApi(app, deps);
}

function peopleApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/people',
      summary: 'People with a role in the district (administrators only)',
      tag: 'accounts',
      params: districtParams,
      response: peopleResponse,
      preHandler: [requireRole('administrator')],
    },
    async (_input, request) => {
      const people = await peopleOfDistrict(db, districtOf(request).id);
      return people.map((p) => ({
        id: p.id,
        name: p.name,
        email: p.email,
        roles: p.roles.map((r) => ({ id: r.id, role: r.role, buurt: r.buurtName })),
      }));
    },
  );
}

/** A partner contact speaks for one organisation of the district; other roles have none. */
async function organizationFor(
  db: AppDeps['database']['db'],
  districtId: string,
  data: InviteData,
): Promise<{ ok: true; id: string | null } | { ok: false; code: string }> {
  if (data.role !== 'partner_contact') return { ok: true, id: null };
  if (data.organization === undefined) return { ok: false, code: 'accounts.people.organizationRequired' };
  const known = await organizationsOfDistrict(db, districtId);
  return known.some((o) => o.id === data.organization) ? { ok: true, id: data.organization } : { ok: false, code: 'validation.choice' };
}

interface RoleScope {
  buurtId: string | null;
  organizationId: string | null;
}

/** An existing account gets the role at once; a new address gets an invitation link. */
async function invite(
  deps: AppDeps,
  request: DistrictRequest,
  district: District,
  data: InviteData,
  scope: RoleScope,
): Promise<'uitgenodigd' | 'rol-gegeven'> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const actor = request.user?.id ?? null;
  const existing = await findUserByEmail(db, data.email);
  const roleLabel = request.t(`role.${data.role}`);
  if (existing) {
    await giveRole(deps, request, district, existing, data, scope);
    return 'rol-gegeven';
  }
  const token = newToken();
  await db.transaction().execute(async (trx) => {
    const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString();
    const id = await insertInvitation(trx, {
      tokenHash: hashToken(token),
      email: data.email,
      name: data.name,
      role: data.role,
      districtId: district.id,
      buurtId: scope.buurtId,
      organizationId: scope.organizationId,
      invitedBy: actor ?? '',
      createdAt: now.toISOString(),
      expiresAt,
    });
    await recordAudit(trx, {
      at: now.toISOString(),
      actorUserId: actor,
      action: 'users.invited',
      subjectType: 'invitation',
      subjectId: id,
      districtId: district.id,
      details: { role: data.role },
      requestId: request.id,
    });
  });
  const link = new URL(`/aanmelden/${token}`, deps.config.baseUrl).href;
  await queueMailNow(deps, {
    to: data.email,
    subject: request.t('accounts.mail.invitation.subject', { district: district.name }),
    text: request.t('accounts.mail.invitation.body', {
      name: data.name,
      role: roleLabel,
      district: district.name,
      link,
      days: INVITATION_DAYS,
    }),
  });
  return 'uitgenodigd';
}

/** Someone with an account gets the role straight away, and a mail saying so. */
async function giveRole(
  deps: AppDeps,
  request: DistrictRequest,
  district: District,
  existing: { id: string; email: string; name: string },
  data: InviteData,
  scope: RoleScope,
): Promise<void> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const actor = request.user?.id ?? null;
  const roleLabel = request.t(`role.${data.role}`);
  await db.transaction().execute(async (trx) => {
    await assignRole(trx, existing.id, { role: data.role, districtId: district.id, ...scope }, { at: now.toISOString(), by: actor });
    await recordAudit(trx, {
      at: now.toISOString(),
      actorUserId: actor,
      action: 'roles.assigned',
      subjectType: 'user',
      subjectId: existing.id,
      districtId: district.id,
      details: { role: data.role, ...scope },
      requestId: request.id,
    });
  });
  const link = new URL(`/${district.slug}`, deps.config.baseUrl).href;
  await queueMailNow(deps, {
    to: existing.email,
    subject: request.t('accounts.mail.role.subject'),
    text: request.t('accounts.mail.role.body', { name: existing.name, role: roleLabel, district: district.name, link }),
  });
}
