import { amsterdamParts, amsterdamToUtc } from '../../../platform/calendar/amsterdam-time.ts';

export const frequencies = ['weekly', 'monthly'] as const;
export type Frequency = (typeof frequencies)[number];

/** A digest goes out from seven in the morning on the period's first day (Monday, or the 1st). */
const SEND_AT = '07:00';
const DAY_MS = 24 * 3600 * 1000;

/** One period of a frequency: its key (never two digests with one key), what is "new", what is "coming". */
export interface DigestPeriod {
  /** `2026-W49` or `2026-12`. */
  key: string;
  startsAt: string;
  endsAt: string;
  /** Stories and offers published from here on count as new (the previous period and this one so far). */
  newSince: string;
}

const dayOf = (date: string) => new Date(`${date}T00:00:00Z`);
const dateOf = (d: Date) => d.toISOString().slice(0, 10);
const plusDays = (date: string, days: number) => dateOf(new Date(dayOf(date).getTime() + days * DAY_MS));
const mondayOf = (date: string) => plusDays(date, -((dayOf(date).getUTCDay() + 6) % 7));
const plusMonths = (month: string, n: number) => {
  const d = dayOf(`${month}-01`);
  return dateOf(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1))).slice(0, 7);
};

/** ISO 8601 week of a Monday: the week belongs to the year of its Thursday. */
export function isoWeekKey(monday: string): string {
  const thursday = plusDays(monday, 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor((dayOf(thursday).getTime() - dayOf(`${year}-01-01`).getTime()) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const at = (date: string) => (amsterdamToUtc(date, SEND_AT) ?? dayOf(date)).toISOString();

/** The period a moment falls in, on Amsterdam's clock (across summer and winter time). */
export function digestPeriod(frequency: Frequency, now: Date): DigestPeriod {
  const [date, time] = amsterdamParts(now.toISOString());
  // Before seven on the first day, the previous period is still the current one.
  const day = time < SEND_AT ? plusDays(date, -1) : date;
  if (frequency === 'weekly') {
    const monday = mondayOf(day);
    return { key: isoWeekKey(monday), startsAt: at(monday), endsAt: at(plusDays(monday, 7)), newSince: at(plusDays(monday, -7)) };
  }
  const month = day.slice(0, 7);
  return {
    key: month,
    startsAt: at(`${month}-01`),
    endsAt: at(`${plusMonths(month, 1)}-01`),
    newSince: at(`${plusMonths(month, -1)}-01`),
  };
}

interface CandidateActivity {
  id: string;
  title: string;
  buurtId: string | null;
  startsAt: string;
}
interface CandidateStory {
  id: string;
  title: string;
  summary: string;
  buurtId: string | null;
  publishedAt: string;
}
interface CandidateOffer {
  id: string;
  name: string;
  summary: string;
  /** The buurten the offer is for; empty: the whole district. */
  buurtIds: readonly string[];
  createdAt: string;
}
export interface DigestCandidates {
  activities: readonly CandidateActivity[];
  stories: readonly CandidateStory[];
  offers: readonly CandidateOffer[];
}

export interface DigestContent {
  /** Each activity once, at its next date, with how many more dates it has in the period. */
  activities: (CandidateActivity & { moreDates: number })[];
  stories: CandidateStory[];
  offers: CandidateOffer[];
}

const digestLimits = { activities: 12, stories: 5, offers: 5 } as const;

/** For a buurt: what is in that buurt and what is for the whole district. For the district: everything. */
const isFor = (buurtId: string | null, itemBuurt: string | null) => buurtId === null || itemBuurt === null || itemBuurt === buurtId;

/**
 * What one subscriber's digest holds: the activities still to come in the period (each once),
 * the stories and new offers since `newSince`, newest first; null when there is nothing,
 * so nobody gets an empty mail.
 */
export function selectDigest(candidates: DigestCandidates, buurtId: string | null, period: DigestPeriod, now: Date): DigestContent | null {
  const from = now.toISOString();
  const seen = new Map<string, CandidateActivity & { moreDates: number }>();
  const upcoming = candidates.activities
    .filter((a) => a.startsAt >= from && a.startsAt < period.endsAt && isFor(buurtId, a.buurtId))
    .toSorted((a, b) => a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title));
  for (const a of upcoming) {
    const first = seen.get(a.id);
    if (first === undefined) seen.set(a.id, { ...a, moreDates: 0 });
    else first.moreDates++;
  }
  const stories = candidates.stories
    .filter((s) => s.publishedAt >= period.newSince && s.publishedAt <= from && isFor(buurtId, s.buurtId))
    .toSorted((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    .slice(0, digestLimits.stories);
  const offers = candidates.offers
    .filter(
      (o) =>
        o.createdAt >= period.newSince &&
        o.createdAt <= from &&
        (buurtId === null || o.buurtIds.length === 0 || o.buurtIds.includes(buurtId)),
    )
    .toSorted((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, digestLimits.offers);
  const activities = [...seen.values()].slice(0, digestLimits.activities);
  return activities.length + stories.length + offers.length === 0 ? null : { activities, stories, offers };
}

/** A pending subscription whose link was not followed within a week is forgotten. */
export const CONFIRM_DAYS = 7;
export function confirmationExpired(createdAt: string, now: Date): boolean {
  return now.getTime() - new Date(createdAt).getTime() > CONFIRM_DAYS * DAY_MS;
}
