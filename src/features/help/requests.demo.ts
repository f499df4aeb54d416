import { findUserByEmail } from '../../platform/auth/auth.repository.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import { checkRequest, proposeVolunteer, recordNetworkCheck, reportDone } from './desk.actions.ts';
import { talentKinds, type Frequency, type HouseRules, type Talent } from './help.rules.ts';
import { submitHelpRequest } from './intake.actions.ts';
import { meetingPlacesOf } from './places.repository.ts';
import { acceptProposal, openProposalLink } from './proposal.actions.ts';
import { findRequest, type HelpRequest } from './requests.repository.ts';
import { takeStep } from './steps.ts';
import { slotsOf, type Day, type DayPart } from './time.rules.ts';

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
const stories: readonly Story[] = [
  {
    name: 'Mevrouw Bakker (demo)',
    phone: '06 0000 0001',
    buurt: 'sterrenwijk',
    street: 'Kastanjelaan 3',
    talent: 'groceries',
    what: 'Boodschappen bij de supermarkt op de Biltstraat. Ik loop slecht na mijn heupoperatie.',
    days: ['tue', 'thu'],
    parts: ['afternoon'],
    daysAgo: 1,
    until: 'new',
  },
  {
    name: 'Meneer Jansen (demo)',
    phone: '06 0000 0002',
    buurt: 'watervogelbuurt',
    street: 'Reigerstraat 8',
    talent: 'repairs',
    what: 'De kraan in mijn keuken lekt. Ik heb zelf geen gereedschap.',
    minutes: 60,
    daysAgo: 2,
    until: 'new',
  },
  {
    name: 'Mevrouw El Amrani (demo)',
    phone: '06 0000 0003',
    buurt: 'lodewijk-napoleonplantsoen',
    street: 'Lodewijk Napoleonplantsoen 21',
    talent: 'buddy',
    what: 'Ik wil graag een keer mee naar de buurtmaaltijd, maar ik durf niet alleen.',
    place: 'Podium Oost',
    days: ['wed'],
    parts: ['evening'],
    daysAgo: 3,
    until: 'checked',
  },
  {
    name: 'Meneer De Graaf (demo)',
    phone: '06 0000 0004',
    buurt: 'oudwijk',
    street: 'Oudwijk 40',
    talent: 'walk',
    what: 'Een rondje wandelen in het Wilhelminapark. Ik mag van de dokter niet alleen.',
    minutes: 60,
    days: ['thu'],
    parts: ['afternoon'],
    daysAgo: 5,
    until: 'matched',
    volunteer: 'marieke.maatje@wijkportaal.example',
  },
  {
    name: 'Mevrouw Pieters (demo)',
    phone: '06 0000 0005',
    buurt: 'galgenwaard',
    street: 'Herculeslaan 12',
    talent: 'waste',
    what: 'Grofvuil naar de straat brengen: een oude stoel.',
    minutes: 30,
    daysAgo: 9,
    until: 'checked',
  },
  {
    name: 'Meneer Bos (demo)',
    phone: '06 0000 0006',
    buurt: 'rubenslaan',
    street: 'Rubenslaan 70',
    talent: 'digital',
    what: 'Elke week hulp met mijn post en de computer.',
    frequency: 'long_running',
    daysAgo: 12,
    until: 'referred',
  },
  {
    name: 'Mevrouw Visser (demo)',
    phone: '06 0000 0007',
    buurt: 'sterrenwijk',
    street: 'Kastanjelaan 17',
    talent: 'garden',
    what: 'De heg knippen en het gras maaien.',
    minutes: 90,
    daysAgo: 40,
    until: 'closed',
    volunteer: 'vrijwilliger.oost@wijkportaal.example',
  },
  {
    name: 'Meneer Smit (demo)',
    phone: '06 0000 0008',
    buurt: 'abstede',
    street: 'Abstederdijk 101',
    talent: 'transport',
    what: 'Met mijn rolstoel naar het Diakonessenhuis en terug.',
    minutes: 120,
    daysAgo: 70,
    until: 'closed',
    volunteer: 'kees.klusser@wijkportaal.example',
  },
  {
    name: 'Mevrouw Kok (demo)',
    phone: '06 0000 0009',
    buurt: 'watervogelbuurt',
    street: 'Zwanenvechtlaan 5',
    talent: 'home_visit',
    what: 'Een kopje koffie en een praatje. Mijn man is overleden.',
    minutes: 60,
    daysAgo: 100,
    until: 'closed',
    volunteer: 'fatima.vrijwilliger@wijkportaal.example',
  },
];

const DAY = 86_400_000;

interface Cast {
  districtId: string;
  rules: HouseRules;
  coordinatorId: string;
  volunteers: Map<string, string>;
  now: Date;
}

async function must(result: { ok: true; request: HelpRequest } | { ok: false; rule: string }): Promise<HelpRequest> {
  if (!result.ok) throw new Error(`demo story refused: ${result.rule}`);
  return Promise.resolve(result.request);
}

async function match(db: DbOrTx, cast: Cast, request: HelpRequest, volunteerEmail: string, at: Date): Promise<HelpRequest> {
  if (request.kind === 'odd_job')
    request = await must(await recordNetworkCheck(db, request, { answer: 'nobody', note: null }, cast.coordinatorId, at));
  const proposed = await proposeVolunteer(db, request, cast.rules, cast.volunteers.get(volunteerEmail) ?? '', cast.coordinatorId, at);
  if (!proposed.ok) throw new Error(`demo proposal refused: ${proposed.rule}`);
  const link = await openProposalLink(db, proposed.token, at);
  if (link.state !== 'valid') throw new Error('demo proposal link');
  return must(await acceptProposal(db, link, null, new Date(at.getTime() + DAY / 4)));
}

type Full = Required<Omit<Story, 'volunteer' | 'place'>> & { volunteer?: string; placeId: string | null };

function complete(story: Story, places: { id: string; name: string }[]): Full {
  const placeId = places.find((p) => p.name === story.place)?.id ?? null;
  return { minutes: 60, frequency: 'once', days: [], parts: [], ...story, placeId };
}

async function create(db: DbOrTx, cast: Cast, story: Full, at: Date): Promise<HelpRequest> {
  const buurt = await db
    .selectFrom('buurten')
    .select('id')
    .where('district_id', '=', cast.districtId)
    .where('slug', '=', story.buurt)
    .executeTakeFirstOrThrow();
  const input = {
    districtId: cast.districtId,
    buurtId: buurt.id,
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
  const created = await submitHelpRequest(db, input, at);
  if (!created.ok) throw new Error(`demo request refused: ${created.rule}`);
  return (await findRequest(db, created.requestId)) as HelpRequest;
}

async function finish(db: DbOrTx, cast: Cast, request: HelpRequest, story: Full, at: (days: number) => Date): Promise<void> {
  const done = await must(
    await reportDone(db, request, cast.rules, { minutes: story.minutes, feePaid: request.kind === 'odd_job' }, null, at(story.daysAgo - 3)),
  );
  const heard = at(story.daysAgo - 4);
  const told = await must(
    await takeStep(db, {
      request: done,
      action: 'heardBack',
      actorId: cast.coordinatorId,
      now: heard,
      set: { heard_back_at: heard.toISOString() },
    }),
  );
  await must(await takeStep(db, { request: told, action: 'close', actorId: cast.coordinatorId, now: heard }));
}

async function play(db: DbOrTx, cast: Cast, story: Full): Promise<void> {
  const at = (days: number) => new Date(cast.now.getTime() - days * DAY);
  let request = await create(db, cast, story, at(story.daysAgo));
  if (story.until === 'new') return;
  const input = { talent: story.talent, frequency: story.frequency, estimatedMinutes: story.minutes, meetingPlaceId: story.placeId };
  request = await must(await checkRequest(db, request, cast.rules, input, cast.coordinatorId, at(story.daysAgo - 0.1)));
  if (story.until === 'referred') {
    const when = at(story.daysAgo - 1);
    const set = { outcome_reason: 'referred_students', outcome_note: cast.rules.studentDesk, heard_back_at: when.toISOString() };
    await must(await takeStep(db, { request, action: 'refer', actorId: cast.coordinatorId, now: when, note: cast.rules.studentDesk, set }));
    return;
  }
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
