// The synthetic city of bench/matching.ts: Utrecht's buurten, 50,000 volunteers with their
// talents, time and reach, and 200,000 past requests, filled the same way on every run.
import { oostRules } from '../src/features/help/demo/help.demo.ts';
import { talentKinds, talentMask, talents, type Talent } from '../src/features/help/shared/talents.rules.ts';
import type { HelpRequest } from '../src/features/help/lifecycle/requests.repository.ts';
import { newId } from '../src/platform/clock.ts';
import type { Db } from '../src/platform/db/schema.ts';
import { seedDemoGeography } from '../src/platform/geography/geography.demo.ts';

export const VOLUNTEERS = 50_000;
export const PAST_REQUESTS = 200_000;
const REQUESTERS = 60_000;
/** Utrecht's ten wijken: the five of the demo data, and the other five with synthetic buurten. */
const extraDistricts: readonly [string, number][] = [
  ['West', 16],
  ['Noordoost', 15],
  ['Binnenstad', 12],
  ['Zuid', 14],
  ['Vleuten-De Meern', 10],
];
const STREETS_PER_BUURT = 25;

/** A small deterministic generator, so every run fills the same city. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}
const rnd = random(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;

async function inBatches<T>(rows: T[], size: number, write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

export interface City {
  buurten: { id: string; districtId: string }[];
  districts: string[];
}

export async function geography(db: Db): Promise<City> {
  await seedDemoGeography(db);
  const municipality = await db.selectFrom('municipalities').select('id').executeTakeFirstOrThrow();
  for (const [position, [name, count]] of extraDistricts.entries()) {
    const districtId = newId();
    await db
      .insertInto('districts')
      .values({ id: districtId, municipality_id: municipality.id, slug: `bench-${position}`, name, position: 10 + position })
      .execute();
    const rows = Array.from({ length: count }, (_, i) => ({
      id: newId(),
      district_id: districtId,
      slug: `buurt-${i}`,
      name: `${name} buurt ${i + 1}`,
      position: i,
    }));
    await db.insertInto('buurten').values(rows).execute();
  }
  const buurten = (
    await db.selectFrom('buurten').select(['id', 'district_id as districtId']).orderBy('district_id').orderBy('position').execute()
  ).map((b) => ({ ...b }));
  const districts = [...new Set(buurten.map((b) => b.districtId))];
  for (const districtId of districts) {
    const own = buurten.filter((b) => b.districtId === districtId);
    // Synthetic map: each buurt borders the next one and the one three further on.
    const pairs = own.flatMap((b, i) =>
      [own[(i + 1) % own.length], own[(i + 3) % own.length]].flatMap((n) =>
        n && n.id !== b.id
          ? [
              [b.id, n.id],
              [n.id, b.id],
            ]
          : [],
      ),
    );
    const unique = [...new Map(pairs.map(([a, n]) => [`${a}|${n}`, { buurt_id: a ?? '', neighbour_id: n ?? '' }])).values()];
    await db.insertInto('help_buurt_neighbours').values(unique).execute();
    await db
      .insertInto('help_rules')
      .values({ district_id: districtId, ...rulesRow(), updated_at: new Date().toISOString(), updated_by: null })
      .execute();
  }
  return { buurten, districts };
}

function rulesRow() {
  const r = oostRules;
  return {
    cooperative_name: r.cooperativeName,
    scheme_name: r.schemeName,
    odd_job_fee_cents: r.oddJobFeeCents,
    max_service_minutes: r.maxServiceMinutes,
    one_at_a_time: 1,
    feedback_days: r.feedbackDays,
    reminder_days: r.reminderDays,
    network_check_required: 1,
    vog_required_home_visits: 1,
    many_jobs_count: r.manyJobsCount,
    many_jobs_days: r.manyJobsDays,
    students_for_long_running: 1,
    student_desk: r.studentDesk,
    social_entrepreneurs: '',
    contact_phone: '',
    contact_email: '',
    walk_in: '',
  };
}

const street = (i: number) => `straat ${i}`;

export async function volunteers(db: Db, city: City, batch: number): Promise<{ id: string; districtId: string }[]> {
  const at = new Date().toISOString();
  const people = Array.from({ length: VOLUNTEERS }, (_, i) => {
    const buurt = pick(city.buurten);
    const offered = [...new Set(Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(talents)))];
    return { i, userId: newId(), id: newId(), buurt, offered };
  });
  await inBatches(people, batch, (b) =>
    db
      .insertInto('users')
      .values(
        b.map((p) => ({
          id: p.userId,
          email: `bench-${p.i}@bench.example`,
          name: `Vrijwilliger ${p.i}`,
          password_hash: null,
          created_at: at,
          disabled_at: null,
        })),
      )
      .execute(),
  );
  await inBatches(people, batch, (b) =>
    db
      .insertInto('help_volunteers')
      .values(
        b.map((p) => ({
          id: p.id,
          district_id: p.buurt.districtId,
          user_id: p.userId,
          buurt_id: p.buurt.id,
          street: street(Math.floor(rnd() * STREETS_PER_BUURT)),
          talents: talentMask(p.offered),
          talent_note: '',
          availability: Math.floor(rnd() * 2_097_152),
          reach: pick(['street', 'buurt', 'neighbours', 'district', 'neighbours', 'buurt']),
          active: rnd() < 0.9 ? 1 : 0,
          vog_on_file: rnd() < 0.5 ? 1 : 0,
          vog_checked_at: null,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute(),
  );
  return people.map((p) => ({ id: p.id, districtId: p.buurt.districtId }));
}

export async function pastRequests(db: Db, city: City, helpers: { id: string; districtId: string }[], batch: number): Promise<void> {
  const byDistrict = new Map(city.districts.map((d) => [d, helpers.filter((h) => h.districtId === d)]));
  const start = Date.parse('2024-01-01T00:00:00Z');
  const rows = Array.from({ length: PAST_REQUESTS }, (_, i) => {
    const buurt = pick(city.buurten);
    const talent = pick(talents);
    const at = new Date(start + rnd() * 2 * 365 * 86_400_000).toISOString();
    const status = i % 100 === 0 ? 'matched' : pick(['closed', 'closed', 'closed', 'declined', 'withdrawn', 'referred']);
    const volunteer = status === 'closed' || status === 'matched' ? pick(byDistrict.get(buurt.districtId) ?? []).id : null;
    return pastRow(buurt, talent, `tel:06${String(Math.floor(rnd() * REQUESTERS)).padStart(8, '0')}`, at, status, volunteer);
  });
  await inBatches(rows, batch, (b) => db.insertInto('help_requests').values(b).execute());
}

function pastRow(
  buurt: { id: string; districtId: string },
  talent: Talent,
  key: string,
  at: string,
  status: string,
  volunteer: string | null,
) {
  return {
    id: newId(),
    district_id: buurt.districtId,
    buurt_id: buurt.id,
    kind: talentKinds[talent],
    talent,
    what: 'Synthetische hulpvraag',
    frequency: 'once',
    estimated_minutes: 60,
    wished_slots: 0,
    wished_time: null,
    meeting_place_id: null,
    requester_name: 'Bewoner',
    phone: key.slice(4),
    email: null,
    street: null,
    requester_key: key,
    source: 'online',
    question_id: null,
    created_by: null,
    created_at: at,
    status,
    status_at: at,
    feedback_due_at: at,
    heard_back_at: at,
    reminder_sent_at: null,
    network_answer: 'nobody',
    network_note: null,
    network_checked_at: null,
    volunteer_id: volunteer,
    open_proposal_id: null,
    fee_rate_cents: talentKinds[talent] === 'odd_job' ? 450 : 0,
    minutes_done: volunteer === null ? null : 60,
    fee_cents: null,
    fee_paid: 0,
    outcome_reason: null,
    outcome_note: null,
    status_token_hash: null,
    status_token_expires_at: null,
  };
}

/** A new request somewhere in the city, as the coordinator's page would rank it. */
export function sampleRequest(city: City): HelpRequest {
  const buurt = pick(city.buurten);
  const talent = pick(talents);
  return {
    id: newId(),
    districtId: buurt.districtId,
    buurtId: buurt.id,
    kind: talentKinds[talent],
    talent,
    what: 'Nieuwe hulpvraag',
    frequency: 'once',
    estimatedMinutes: 60,
    wishedSlots: Math.floor(rnd() * 2_097_152),
    wishedTime: null,
    meetingPlaceId: null,
    requesterName: 'Bewoner',
    phone: null,
    email: null,
    street: `${street(Math.floor(rnd() * STREETS_PER_BUURT))} 12`,
    requesterKey: `tel:06${String(Math.floor(rnd() * REQUESTERS)).padStart(8, '0')}`,
    source: 'online',
    questionId: null,
    createdAt: new Date().toISOString(),
    status: 'checked',
    statusAt: new Date().toISOString(),
    feedbackDueAt: new Date().toISOString(),
    heardBackAt: null,
    reminderSentAt: null,
    networkAnswer: 'nobody',
    networkNote: null,
    volunteerId: null,
    openProposalId: null,
    feeRateCents: 0,
    minutesDone: null,
    feeCents: null,
    feePaid: false,
    outcomeReason: null,
    outcomeNote: null,
  };
}
