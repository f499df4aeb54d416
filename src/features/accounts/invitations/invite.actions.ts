import { needsBuurt } from '../../../platform/auth/rights.rules.ts';
import { audit, linkFor, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, refuse, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { assignRole, findUserByEmail, type UserRow } from '../../../platform/auth/auth.repository.ts';
import { assignableRoles, type Role } from '../../../platform/auth/roles.rules.ts';
import { hashToken, newToken } from '../../../platform/auth/tokens.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findBuurt, type District } from '../../../platform/geography/geography.repository.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { organizationsOfDistrict } from '../../guide/index.ts';
import { INVITATION_DAYS, invitationExpiry } from './invitation.rules.ts';
import type { InviteInput } from './invitation.schema.ts';
import { insertInvitation } from './invitations.repository.ts';

interface RoleScope {
  buurtId: string | null;
  organizationId: string | null;
  service?: string | null;
}

/** What happened, as the notice on the people page names it. */
export type Invited = 'uitgenodigd' | 'rol-gegeven';

/**
 * An administrator hands out a role they may give, for the whole district or one buurt
 * (a partner contact for one organisation of the district). Someone with an account gets
 * it at once; a new address gets an invitation link. Either way a mail says so.
 */
export function inviteOrGiveRole(ctx: ActionContext, t: Translate, district: District, input: InviteInput): Promise<Outcome<Invited>> {
  return runAction(ctx, async (trx) => {
    if (!assignableRoles(ctx.user?.roles ?? [], district.id).includes(input.role)) {
      return refusal('accounts.people.roleNotAllowed', { field: 'role' });
    }
    const buurt = input.buurt === null ? undefined : await findBuurt(trx, district.id, input.buurt);
    if (input.buurt !== null && buurt === undefined) return refusal('validation.choice', { field: 'buurt' });
    if (buurt === undefined && needsBuurt(input.role)) return refusal('accounts.people.buurtRequired', { field: 'buurt' });
    const scope = {
      buurtId: buurt?.id ?? null,
      organizationId: await organizationFor(trx, district.id, input),
      service: serviceFor(input),
    };
    return success(await grantRoleOrInvite(trx, ctx, t, { district, input, scope }));
  });
}

/** Who gets a role: their address, name and the role. */
interface Grant {
  email: string;
  name: string;
  role: Role;
}

/**
 * Inside another action's transaction: someone with an account gets the role at once, a
 * new address an invitation link to make an account with it. Either way a mail says so.
 */
export async function grantRoleOrInvite(
  trx: DbOrTx,
  ctx: ActionContext,
  t: Translate,
  about: { district: District; input: Grant; scope: RoleScope },
): Promise<Invited> {
  const existing = await findUserByEmail(trx, about.input.email);
  if (existing) {
    await giveRole(trx, ctx, t, { ...about, person: existing });
    return 'rol-gegeven';
  }
  await invite(trx, ctx, t, about);
  return 'uitgenodigd';
}

/** A partner contact speaks for one organisation of the district; other roles for none. */
async function organizationFor(trx: DbOrTx, districtId: string, input: InviteInput): Promise<string | null> {
  if (input.role !== 'partner_contact') return null;
  if (input.organization === null) refuse('accounts.people.organizationRequired', { field: 'organization' });
  const known = await organizationsOfDistrict(trx, districtId);
  if (!known.some((o) => o.id === input.organization)) refuse('validation.choice', { field: 'organization' });
  return input.organization;
}

/** A coordinating volunteer coordinates one service (seed 004); other roles are tied to none. */
function serviceFor(input: InviteInput): string | null {
  if (input.role !== 'coordinating_volunteer') return null;
  if (input.service === null) refuse('accounts.people.serviceRequired', { field: 'service' });
  return input.service;
}

async function invite(trx: DbOrTx, ctx: ActionContext, t: Translate, about: { district: District; input: Grant; scope: RoleScope }) {
  const { district, input, scope } = about;
  const token = newToken();
  const id = await insertInvitation(trx, {
    tokenHash: hashToken(token),
    email: input.email,
    name: input.name,
    role: input.role,
    districtId: district.id,
    buurtId: scope.buurtId,
    organizationId: scope.organizationId,
    service: scope.service ?? null,
    invitedBy: ctx.user?.id ?? '',
    createdAt: ctx.now.toISOString(),
    expiresAt: invitationExpiry(ctx.now).toISOString(),
  });
  const details = { role: input.role };
  await audit(trx, ctx, { action: 'users.invited', subjectType: 'invitation', subjectId: id, districtId: district.id, details });
  const params = { name: input.name, role: t(`role.${input.role}`), district: district.name, days: INVITATION_DAYS };
  await queueMail(trx, ctx, {
    to: input.email,
    subject: t('accounts.mail.invitation.subject', { district: district.name }),
    text: t('accounts.mail.invitation.body', { ...params, link: linkFor(ctx, `/aanmelden/${token}`) }),
    districtId: district.id,
  });
}

async function giveRole(
  trx: DbOrTx,
  ctx: ActionContext,
  t: Translate,
  about: { district: District; person: UserRow; input: Grant; scope: RoleScope },
) {
  const { district, person, input, scope } = about;
  await assignRole(
    trx,
    person.id,
    { role: input.role, districtId: district.id, ...scope },
    { at: ctx.now.toISOString(), by: ctx.user?.id ?? null },
  );
  const details = { role: input.role, ...scope };
  await audit(trx, ctx, { action: 'roles.assigned', subjectType: 'user', subjectId: person.id, districtId: district.id, details });
  const params = { name: person.name, role: t(`role.${input.role}`), district: district.name, link: linkFor(ctx, `/${district.slug}`) };
  await queueMail(trx, ctx, {
    to: person.email,
    subject: t('accounts.mail.role.subject'),
    text: t('accounts.mail.role.body', params),
    districtId: district.id,
  });
}
