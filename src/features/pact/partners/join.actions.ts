import { audit, linkFor, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, refuse, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { findOrCreateOrganization } from '../../guide/index.ts';
import { dayOf } from '../shared/days.rules.ts';
import {
  decideJoinRequest,
  findJoinRequest,
  insertJoinRequest,
  pendingJoinRequests,
  type JoinRequest,
} from './join-requests.repository.ts';
import { insertPartner, partnerOfOrganization } from './partners.repository.ts';
import { refuseDecision } from './partners.rules.ts';
import type { DecisionInput, JoinInput } from './partners.schema.ts';

/** Anyone may ask to join; the steering group decides. */
export function submitJoinRequest(ctx: ActionContext, district: District, input: JoinInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const { organization, contactName, contactEmail, contactPhone, addedValue } = input;
    const data = { organizationName: organization, contactName, contactEmail, contactPhone, addedValue };
    return success(await insertJoinRequest(trx, { districtId: district.id, ...data, at: ctx.now.toISOString() }));
  });
}

/** The requests waiting for the steering group: who asked is personal data, so reading them is logged. */
export async function joinRequestsSeenBy(ctx: ActionContext, district: District): Promise<JoinRequest[]> {
  const requests = await pendingJoinRequests(ctx.deps.database.db, district.id);
  await audit(ctx.deps.database.db, ctx, { action: 'pact.join_requests.read', subjectType: 'pact_join_request', districtId: district.id });
  return requests;
}

/**
 * Approving makes the organisation a partner as of today, with the requester as its contact
 * person (the guide keeps the organisation). The requester hears the outcome by e-mail.
 * Answers the new partner's id, or null when declined.
 */
export function decideJoin(
  ctx: ActionContext,
  t: Translate,
  district: District,
  requestId: string,
  input: DecisionInput,
): Promise<Outcome<string | null>> {
  return runAction(ctx, async (trx) => {
    const join = await findJoinRequest(trx, district.id, requestId);
    if (join === undefined) return refusal('pact.join.unknown', { field: 'decision' });
    const problem = refuseDecision(join.status);
    if (problem !== null) return refusal(problem, { field: 'decision', status: 409 });
    const partnerId = input.decision === 'approved' ? await admit(ctx, trx, district, join) : null;
    const at = ctx.now.toISOString();
    const decided = await decideJoinRequest(trx, join.id, {
      status: input.decision,
      at,
      by: ctx.user?.id ?? null,
      note: input.note,
      partnerId,
    });
    if (!decided) return refusal('pact.join.alreadyDecided', { field: 'decision', status: 409 });
    await audit(trx, ctx, {
      action: `pact.join.${input.decision}`,
      subjectType: 'pact_join_request',
      subjectId: join.id,
      districtId: district.id,
    });
    const params = { name: join.contactName, organization: join.organizationName, district: district.name, note: input.note ?? '' };
    await queueMail(trx, ctx, {
      to: join.contactEmail,
      subject: t(`pact.mail.join.${input.decision}.subject`, params),
      text: t(`pact.mail.join.${input.decision}.body`, { ...params, link: linkFor(ctx, `/${district.slug}/samenwerken/partners`) }),
      districtId: district.id,
    });
    return success(partnerId);
  });
}

/** The requester's organisation becomes a partner, unless it already is one. */
async function admit(ctx: ActionContext, trx: DbOrTx, district: District, join: JoinRequest): Promise<string> {
  const at = ctx.now.toISOString();
  const organizationId = await findOrCreateOrganization(trx, { districtId: district.id, name: join.organizationName, kind: 'partner', at });
  if ((await partnerOfOrganization(trx, district.id, organizationId)) !== undefined)
    refuse('pact.join.alreadyPartner', { field: 'decision', status: 409 });
  const contact = { name: join.contactName, email: join.contactEmail, phone: join.contactPhone };
  return insertPartner(trx, { districtId: district.id, organizationId, signedOn: dayOf(ctx.now), role: join.addedValue, contact, at });
}
