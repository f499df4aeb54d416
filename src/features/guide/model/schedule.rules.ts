/**
 * Opening, walk-in and consultation hours as RRULE-like rules (HSDS schedules), in
 * Europe/Amsterdam local time, daylight saving time included: "09:00" is nine o'clock on the
 * clock in the wijk, in winter and in summer. Exceptions close a day or change its hours.
 */

export const scheduleKinds = ['opening', 'walk_in', 'consultation'] as const;
export type ScheduleKind = (typeof scheduleKinds)[number];
export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
type Weekday = (typeof weekdays)[number];

export interface Schedule {
  id: string;
  kind: ScheduleKind;
  /** null for an exception. */
  freq: 'WEEKLY' | 'MONTHLY' | null;
  /** Every how many weeks (WEEKLY), counted from validFrom. */
  interval: number;
  /** "TU,TH"; for MONTHLY with the week of the month first: "1TU", "-1FR". */
  byday: string;
  opensAt: string | null;
  closesAt: string | null;
  validFrom: string | null;
  validTo: string | null;
  exception: 'none' | 'closed' | 'changed';
  description: string;
}

const TIME_ZONE = 'Europe/Amsterdam';
const localFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});
const shortDays: Record<string, Weekday> = { Mon: 'MO', Tue: 'TU', Wed: 'WE', Thu: 'TH', Fri: 'FR', Sat: 'SA', Sun: 'SU' };

export interface LocalMoment {
  /** YYYY-MM-DD in Amsterdam. */
  date: string;
  weekday: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
}

/** The date, weekday and clock time in Amsterdam at an instant. */
export function localMoment(instant: Date): LocalMoment {
  const parts = Object.fromEntries(localFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`,
    weekday: shortDays[parts.weekday ?? 'Mon'] ?? 'MO',
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d)?$/;

/** "09:30" (or "09:30:00") as minutes after midnight; null when it is not a time. */
export function minutesOf(time: string | null): number | null {
  const match = time === null ? null : timePattern.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

const bydayPart = /^(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;

interface DayRule {
  ordinal: number | null;
  day: Weekday;
}

export function parseByday(byday: string): DayRule[] | null {
  if (byday.trim() === '') return [];
  const rules: DayRule[] = [];
  for (const part of byday.split(',')) {
    const match = bydayPart.exec(part.trim().toUpperCase());
    if (!match) return null;
    rules.push({ ordinal: match[1] === undefined ? null : Number(match[1]), day: match[2] as Weekday });
  }
  return rules;
}

function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T12:00:00Z`) / 86_400_000);
}

function daysInMonth(date: string): number {
  const [year, month] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, month ?? 1, 0)).getUTCDate();
}

/** "3TU" is the third Tuesday, "-1FR" the last Friday of the month. */
function matchesOrdinal(date: string, ordinal: number): boolean {
  const day = Number(date.slice(8, 10));
  if (ordinal > 0) return Math.ceil(day / 7) === ordinal;
  return Math.ceil((daysInMonth(date) - day + 1) / 7) === -ordinal;
}

function withinValidity(s: Schedule, date: string): boolean {
  return (s.validFrom === null || s.validFrom <= date) && (s.validTo === null || date <= s.validTo);
}

/** Whether a regular rule has hours on this local date. */
function occursOn(s: Schedule, moment: Pick<LocalMoment, 'date' | 'weekday'>): boolean {
  if (s.freq === null || !withinValidity(s, moment.date)) return false;
  const days = parseByday(s.byday) ?? [];
  const today = days.filter((d) => d.day === moment.weekday);
  if (today.length === 0) return false;
  if (s.freq === 'MONTHLY') return today.some((d) => d.ordinal === null || matchesOrdinal(moment.date, d.ordinal));
  if (s.interval <= 1 || s.validFrom === null) return true;
  const weeks = Math.floor((dayNumber(moment.date) - dayNumber(s.validFrom)) / 7);
  return weeks % s.interval === 0;
}

export interface Hours {
  kind: ScheduleKind;
  opens: number;
  closes: number;
}

/** The hours of one kind on one local date, exceptions applied. */
export function hoursOn(schedules: readonly Schedule[], moment: Pick<LocalMoment, 'date' | 'weekday'>): Hours[] {
  const hours: Hours[] = [];
  for (const kind of scheduleKinds) {
    const ofKind = schedules.filter((s) => s.kind === kind);
    const exceptions = ofKind.filter((s) => s.exception !== 'none' && withinValidity(s, moment.date));
    if (exceptions.some((s) => s.exception === 'closed')) continue;
    const rules = exceptions.length > 0 ? exceptions : ofKind.filter((s) => s.exception === 'none' && occursOn(s, moment));
    for (const s of rules) {
      const opens = minutesOf(s.opensAt);
      const closes = minutesOf(s.closesAt);
      if (opens !== null && closes !== null) hours.push({ kind, opens, closes });
    }
  }
  return hours.sort((a, b) => a.opens - b.opens);
}

/** Open now: some hours of today (in Amsterdam) run at this instant. Returns the closing time, or null when closed. */
export function openAt(schedules: readonly Schedule[], instant: Date): Hours | null {
  const now = localMoment(instant);
  return hoursOn(schedules, now).find((h) => h.opens <= now.minutes && now.minutes < h.closes) ?? null;
}

export function isOpenAt(schedules: readonly Schedule[], instant: Date): boolean {
  return openAt(schedules, instant) !== null;
}

/** "09:05" from 545 minutes. */
export function clockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
