import type { DbOrTx } from '../../platform/db/schema.ts';
import { rankedCandidatesFor } from './candidates.repository.ts';
import { matchVerdict } from './desk.actions.ts';
import type { HouseRules } from './help.rules.ts';
import { stepAllowed } from './lifecycle.rules.ts';
import { buurtOfDistrict, meetingPlacesOf, socialEntrepreneursOf } from './places.repository.ts';
import { proposalsOfRequest } from './proposals.repository.ts';
import type { ActionForms } from './request-actions.views.tsx';
import type { RequestPageData } from './request.views.tsx';
import { timelineOf, type HelpRequest } from './requests.repository.ts';
import { findVolunteer } from './volunteers.repository.ts';

async function volunteerName(db: DbOrTx, help: HelpRequest): Promise<string | null> {
  if (help.volunteerId === null) return null;
  return (await findVolunteer(db, help.districtId, help.volunteerId))?.name ?? null;
}

/** Everything the coordinator's page of one request shows. */
export async function requestPageData(
  db: DbOrTx,
  help: HelpRequest,
  rules: HouseRules,
  now: Date,
  extra: { refusal?: string; forms?: ActionForms; notice?: string },
): Promise<RequestPageData> {
  const verdict = await matchVerdict(db, help, rules, now);
  const looking = stepAllowed('propose', help).ok && verdict.ok;
  const meetingPlaces = await meetingPlacesOf(db, help.districtId);
  const buurt = await buurtOfDistrict(db, help.districtId, help.buurtId);
  return {
    request: help,
    buurtName: buurt?.name ?? '',
    meetingPlaceName: meetingPlaces.find((p) => p.id === help.meetingPlaceId)?.name ?? null,
    volunteerName: await volunteerName(db, help),
    rules,
    steps: await timelineOf(db, help.id),
    proposals: await proposalsOfRequest(db, help.id),
    candidates: looking ? await rankedCandidatesFor(db, rules, help) : [],
    matchRefusal: verdict.ok || !['new', 'checked', 'matching'].includes(help.status) ? null : verdict.rule,
    meetingPlaces,
    socialEntrepreneurs: await socialEntrepreneursOf(db, help.districtId),
    refusal: extra.refusal ?? null,
    notice: extra.notice ?? null,
    forms: extra.forms ?? {},
    now,
  };
}
