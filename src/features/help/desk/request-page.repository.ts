import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Conversation } from '../../common-language/index.ts';
import type { HouseRules } from '../house-rules/house-rules.rules.ts';
import { timelineOf, type TimelineStep } from '../lifecycle/events.repository.ts';
import { stepAllowed } from '../lifecycle/lifecycle.rules.ts';
import type { HelpRequest } from '../lifecycle/requests.repository.ts';
import { rankedCandidatesFor } from '../matching/candidates.repository.ts';
import type { RankedCandidate } from '../matching/ranking.rules.ts';
import { matchVerdict } from '../matching/verdict.repository.ts';
import { proposalsOfRequest, type Proposal } from '../proposals/proposals.repository.ts';
import {
  buurtOfDistrict,
  meetingPlacesOf,
  socialEntrepreneursOf,
  type MeetingPlace,
  type SocialEntrepreneur,
} from '../shared/places.repository.ts';
import { findVolunteer } from '../volunteers/volunteers.repository.ts';

/** Everything the coordinator's page of one request shows. */
export interface RequestPageData {
  request: HelpRequest;
  buurtName: string;
  meetingPlaceName: string | null;
  volunteerName: string | null;
  rules: HouseRules;
  steps: TimelineStep[];
  proposals: (Proposal & { volunteerName: string })[];
  candidates: RankedCandidate[];
  matchRefusal: string | null;
  meetingPlaces: MeetingPlace[];
  socialEntrepreneurs: SocialEntrepreneur[];
  now: Date;
  /** "Het goede gesprek" recorded with the request, for those who may see it (the route reads it, audited). */
  conversation?: Conversation | undefined;
}

async function volunteerName(db: DbOrTx, help: HelpRequest): Promise<string | null> {
  if (help.volunteerId === null) return null;
  return (await findVolunteer(db, help.districtId, help.volunteerId))?.name ?? null;
}

export async function requestPageData(db: DbOrTx, help: HelpRequest, rules: HouseRules, now: Date): Promise<RequestPageData> {
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
    candidates: looking ? await rankedCandidatesFor(db, rules, help, now) : [],
    matchRefusal: verdict.ok || !['new', 'checked', 'matching'].includes(help.status) ? null : verdict.rule,
    meetingPlaces,
    socialEntrepreneurs: await socialEntrepreneursOf(db, help.districtId),
    now,
  };
}
