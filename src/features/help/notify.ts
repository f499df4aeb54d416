import { queueMailNow } from '../../platform/actions/action.ts';
import type { FastifyBaseLogger } from 'fastify';
import { findUserById } from '../../platform/auth/auth.repository.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { formatDateTime } from '../../platform/i18n/i18n.ts';
import type { HouseRules } from './help.rules.ts';
import { answerMail, dutch, matchedMail, proposalMail, withdrawnMail } from './mails.ts';
import { buurtOfDistrict } from './places.repository.ts';
import { findVolunteer, type Volunteer } from './volunteers.repository.ts';
import type { Proposal } from './proposals.repository.ts';
import type { HelpRequest } from './requests.repository.ts';

/**
 * After a volunteer answered (or did not answer in time): the coordinator who proposed
 * hears it, and on a yes the requester hears that someone will come.
 */
export async function notifyAnswer(
  deps: AppDeps,
  _log: FastifyBaseLogger,
  about: {
    proposal: Proposal;
    request: HelpRequest;
    volunteerName: string;
    answer: 'accepted' | 'declined' | 'expired';
    districtSlug: string;
    scheme: string;
  },
): Promise<void> {
  const { db } = deps.database;
  const base = deps.config.baseUrl;
  const coordinator = about.proposal.proposedBy === null ? undefined : await findUserById(db, about.proposal.proposedBy);
  if (coordinator && !coordinator.disabled) {
    const link = new URL(`/${about.districtSlug}/hulp/balie/${about.request.id}`, base).href;
    await queueMailNow(
      deps,
      answerMail(coordinator.email, about.answer, { volunteer: about.volunteerName, link, note: about.proposal.note ?? '' }),
    );
  }
  if (about.answer === 'accepted' && about.request.email !== null) {
    const link = new URL(`/${about.districtSlug}/hulp`, base).href;
    await queueMailNow(deps, matchedMail(about.request.email, { name: about.request.requesterName, scheme: about.scheme, link }));
  }
}

/** The proposal to the volunteer: what, where and when, and the one-time link to answer. */
export async function sendProposal(
  deps: AppDeps,
  _log: FastifyBaseLogger,
  p: { request: HelpRequest; volunteer: Volunteer; token: string; expiresAt: Date; rules: HouseRules; districtSlug: string },
): Promise<void> {
  const buurt = await buurtOfDistrict(deps.database.db, p.request.districtId, p.request.buurtId);
  const message = proposalMail(p.volunteer.email, {
    name: p.volunteer.name,
    scheme: p.rules.schemeName,
    talent: dutch(p.request.talent === null ? `help.kind.${p.request.kind}` : `help.talent.${p.request.talent}`),
    buurt: buurt?.name ?? '',
    what: p.request.what,
    link: new URL(`/${p.districtSlug}/hulp/voorstel/${p.token}`, deps.config.baseUrl).href,
    until: formatDateTime(p.expiresAt.toISOString(), 'nl'),
  });
  await queueMailNow(deps, message);
}

/** A matched volunteer hears that the requester withdrew, so they do not go for nothing. */
export async function notifyWithdrawn(deps: AppDeps, _log: FastifyBaseLogger, help: HelpRequest, rules: HouseRules): Promise<void> {
  if (help.volunteerId === null) return;
  const volunteer = await findVolunteer(deps.database.db, help.districtId, help.volunteerId);
  if (volunteer === undefined) return;
  const talent = dutch(help.talent === null ? `help.kind.${help.kind}` : `help.talent.${help.talent}`);
  await queueMailNow(deps, withdrawnMail(volunteer.email, { volunteer: volunteer.name, scheme: rules.schemeName, talent }));
}
