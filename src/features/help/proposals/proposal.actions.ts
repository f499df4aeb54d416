import { linkFor, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import { hashToken, looksLikeToken, newToken } from '../../../platform/auth/tokens.ts';
import { localDay, newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import { checkVolunteer, type HouseRules } from '../house-rules/house-rules.rules.ts';
import { actorOf, applyStep, type Actor } from '../lifecycle/lifecycle.actions.ts';
import { stepAllowed } from '../lifecycle/lifecycle.rules.ts';
import { findRequest, type HelpRequest } from '../lifecycle/requests.repository.ts';
import { matchVerdict } from '../matching/verdict.repository.ts';
import { requestLabel } from '../shared/words.ts';
import { dutch, proposalMail } from '../shared/mails.ts';
import { buurtOfDistrict } from '../shared/places.repository.ts';
import { refuseRule } from '../shared/refusals.ts';
import { vogCounts } from '../shared/vog.rules.ts';
import { findVolunteer, type Volunteer } from '../volunteers/volunteers.repository.ts';
import { PROPOSAL_DAYS, proposalState, type ProposalLink } from './proposal.rules.ts';
import { findProposalByToken, insertProposal } from './proposals.repository.ts';

export interface Proposed {
  request: HelpRequest;
  volunteer: Volunteer;
  /** The one-time link's secret; only its hash is stored. */
  token: string;
  expiresAt: Date;
}

/**
 * Proposes one volunteer, inside the caller's transaction, under every house rule that
 * speaks before a match; of two coordinators doing this at once, one wins.
 */
export async function proposeStep(trx: DbOrTx, help: HelpRequest, rules: HouseRules, volunteerId: string, actor: Actor): Promise<Proposed> {
  const allowed = stepAllowed('propose', help);
  if (!allowed.ok) refuseRule(allowed.rule);
  const verdict = await matchVerdict(trx, help, rules, actor.now);
  if (!verdict.ok) refuseRule(verdict.rule);
  const volunteer = await findVolunteer(trx, help.districtId, volunteerId);
  if (volunteer === undefined) refuseRule('help.refusal.unknownVolunteer');
  const vog = { onFile: volunteer.vogOnFile, date: volunteer.vogDate };
  const fits = checkVolunteer(rules, help, { ...volunteer, vogOnFile: vogCounts(vog, rules.vogValidMonths ?? null, localDay(actor.now)) });
  if (!fits.ok) refuseRule(fits.rule);
  const token = newToken();
  const proposalId = newId();
  const expiresAt = new Date(actor.now.getTime() + PROPOSAL_DAYS * 86_400_000);
  const move = { request: help, action: 'propose' as const, note: volunteer.name, set: { open_proposal_id: proposalId } };
  const request = await applyStep(trx, move, actor);
  await insertProposal(trx, {
    id: proposalId,
    requestId: help.id,
    volunteerId,
    tokenHash: hashToken(token),
    proposedBy: actor.actorId,
    proposedAt: actor.now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { request, volunteer, token, expiresAt };
}

/** The proposal to the volunteer: what, where and when, and the one-time link to answer; no contact details yet. */
async function mailProposal(trx: DbOrTx, ctx: ActionContext, district: District, proposed: Proposed, rules: HouseRules) {
  const { request, volunteer } = proposed;
  const buurt = await buurtOfDistrict(trx, request.districtId, request.buurtId);
  const mail = proposalMail(volunteer.email, {
    name: volunteer.name,
    scheme: rules.schemeName,
    talent: requestLabel(dutch, request),
    buurt: buurt?.name ?? '',
    what: request.what,
    link: linkFor(ctx, `/${district.slug}/hulp/voorstel/${proposed.token}`),
    until: formatDateTime(proposed.expiresAt.toISOString(), 'nl'),
  });
  await queueMail(trx, ctx, { ...mail, districtId: district.id });
}

/** The coordinator proposes a volunteer, who gets the one-time link by e-mail. */
export function proposeVolunteer(
  ctx: ActionContext,
  district: District,
  help: HelpRequest,
  rules: HouseRules,
  volunteerId: string,
): Promise<Outcome<Proposed>> {
  return runAction(ctx, async (trx) => {
    const proposed = await proposeStep(trx, help, rules, volunteerId, actorOf(ctx));
    await mailProposal(trx, ctx, district, proposed, rules);
    return success(proposed);
  });
}

/** What an e-mailed proposal link stands for now. */
export async function openProposalLink(db: DbOrTx, token: string, now: Date): Promise<ProposalLink> {
  const proposal = looksLikeToken(token) ? await findProposalByToken(db, hashToken(token)) : undefined;
  const request = proposal && (await findRequest(db, proposal.requestId));
  if (proposal === undefined || request === undefined) return { state: 'unknown' };
  return proposalState(proposal, request, now);
}
