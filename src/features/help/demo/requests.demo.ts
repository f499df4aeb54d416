import { findUserByEmail } from '../../../platform/auth/auth.repository.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findBuurt } from '../../../platform/geography/geography.repository.ts';
import { checkStep, heardBackMove, networkMove, referMove } from '../desk/desk.actions.ts';
import type { HouseRules } from '../house-rules/house-rules.rules.ts';
import { admitRequest } from '../intake/admit.actions.ts';
import { applyStep, type Actor } from '../lifecycle/lifecycle.actions.ts';
import { findRequest, type HelpRequest } from '../lifecycle/requests.repository.ts';
import { answerStep } from '../proposals/answer.actions.ts';
import { openProposalLink, proposeStep } from '../proposals/proposal.actions.ts';
import { meetingPlacesOf } from '../shared/places.repository.ts';
import { talentKinds, type Frequency, type Talent } from '../shared/talents.rules.ts';
import { slotsOf, type Day, type DayPart } from '../shared/time.rules.ts';
import { reportStep } from '../volunteers/report.actions.ts';
import data from './requests.demo.json' with { type: 'json' };

interface Story {
  name: string;
  phone: string;
  buurt: string;
  street: string;
  talent: Talent;
  what: string;
  minutes?: number;
  frequency?: Frequency;
  days?: Day[];
  parts?: DayPart[];
  place?: string;
  daysAgo: number;
  /** How far the story got. */
  until: 'new' | 'checked' | 'matched' | 'closed' | 'referred';
  volunteer?: string;
}

/** Visibly fictional residents (phone numbers 06 0000 …) in every stage of the lifecycle. */
const stories = data as readonly Story[];

const DAY = 86_400_000;

interface Cast {
  districtId: string;
  rules: HouseRules;
  coordinatorId: string;
  volunteers: Map<string, string>;
  now: Date;
}

type Full = Required<Omit<Story, 'volunteer' | 'place'>> & { volunteer?: string; placeId: string | null };

function complete(story: Story, places: { id: string; name: string }[]): Full {
  const placeId = places.find((p) => p.name === story.place)?.id ?? null;
  return { minutes: 60, frequency: 'once', days: [], parts: [], ...story, placeId };
}

async function create(db: DbOrTx, cast: Cast, story: Full, at: Date): Promise<HelpRequest> {
  const buurt = await findBuurt(db, cast.districtId, story.buurt);
  const input = {
    districtId: cast.districtId,
    buurtId: buurt?.id ?? '',
    kind: talentKinds[story.talent],
    talent: story.talent,
    what: story.what,
    frequency: story.frequency,
    estimatedMinutes: story.minutes,
    wishedSlots: slotsOf(story.days, story.parts),
    wishedTime: null,
    meetingPlaceId: story.placeId,
    requesterName: story.name,
    phone: story.phone,
    email: null,
    street: story.street,
    source: story.daysAgo % 2 === 0 ? ('phone' as const) : ('online' as const),
    questionId: null,
    createdBy: null,
  };
  const admitted = await admitRequest(db, input, at);
  const created = admitted.ok ? await findRequest(db, admitted.value.requestId) : undefined;
  if (created === undefined) throw new Error(`demo request refused: ${story.what}`);
  return created;
}

async function match(db: DbOrTx, cast: Cast, request: HelpRequest, volunteerEmail: string, at: Date): Promise<HelpRequest> {
  const coordinator: Actor = { actorId: cast.coordinatorId, now: at };
  const checked =
    request.kind === 'odd_job'
      ? await applyStep(db, networkMove(request, { answer: 'nobody', networkNote: null }, at), coordinator)
      : request;
  const proposed = await proposeStep(db, checked, cast.rules, cast.volunteers.get(volunteerEmail) ?? '', coordinator);
  const link = await openProposalLink(db, proposed.token, at);
  if (link.state !== 'valid') throw new Error('demo proposal link');
  return answerStep(db, link, 'accepted', null, { actorId: null, now: new Date(at.getTime() + DAY / 4) });
}

async function finish(db: DbOrTx, cast: Cast, request: HelpRequest, story: Full, at: (days: number) => Date): Promise<void> {
  const report = { minutes: story.minutes, feePaid: request.kind === 'odd_job' };
  const done = await reportStep(db, request, cast.rules, report, { actorId: null, now: at(story.daysAgo - 3) });
  const heard = { actorId: cast.coordinatorId, now: at(story.daysAgo - 4) };
  const told = await applyStep(db, heardBackMove(done, heard.now), heard);
  await applyStep(db, { request: told, action: 'close' }, heard);
}

async function refer(db: DbOrTx, cast: Cast, request: HelpRequest, when: Date): Promise<void> {
  const move = referMove(request, { referKind: 'students', referTo: cast.rules.studentDesk, referNote: null });
  await applyStep(db, { ...move, set: { ...move.set, heard_back_at: when.toISOString() } }, { actorId: cast.coordinatorId, now: when });
}

async function play(db: DbOrTx, cast: Cast, story: Full): Promise<void> {
  const at = (days: number) => new Date(cast.now.getTime() - days * DAY);
  let request = await create(db, cast, story, at(story.daysAgo));
  if (story.until === 'new') return;
  const input = { talent: story.talent, frequency: story.frequency, estimatedMinutes: story.minutes, meetingPlaceId: story.placeId };
  request = await checkStep(db, request, cast.rules, input, { actorId: cast.coordinatorId, now: at(story.daysAgo - 0.1) });
  if (story.until === 'referred') return refer(db, cast, request, at(story.daysAgo - 1));
  if (story.volunteer === undefined) return;
  request = await match(db, cast, request, story.volunteer, at(story.daysAgo - 1));
  if (story.until === 'closed') await finish(db, cast, request, story, at);
}

export async function seedDemoRequests(db: DbOrTx, cast: Omit<Cast, 'coordinatorId'>): Promise<void> {
  const coordinator = await findUserByEmail(db, 'coordinator.oost@wijkportaal.example');
  if (coordinator === undefined) return;
  const places = await meetingPlacesOf(db, cast.districtId);
  for (const story of stories) await play(db, { ...cast, coordinatorId: coordinator.id }, complete(story, places));
}
