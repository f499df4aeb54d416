import ICAL from 'ical.js';
import { amsterdamToUtc } from '../../../platform/calendar/amsterdam-time.ts';

/** When an activity happens: the first start on Amsterdam's clock, how long, and the RFC 5545 rule with its exceptions. */
export interface Recurrence {
  /** `2026-12-01T19:30`, Amsterdam wall clock. */
  startsLocal: string;
  durationMinutes: number;
  /** An RRULE value (`FREQ=WEEKLY;COUNT=8`), or '' when it happens once. */
  rrule: string;
  /** Amsterdam dates (`2026-12-29`) on which it does not happen (EXDATE). */
  exdates: readonly string[];
}

export interface Occurrence {
  startsAt: string;
  endsAt: string;
}

/** At most a year of weekly meetings twice over: more is a mistake, not an agenda. */
export const maxOccurrences = 400;
const allowedFrequencies = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);

function parseRule(rrule: string): ICAL.Recur | null {
  try {
    const recur = ICAL.Recur.fromString(rrule);
    return allowedFrequencies.has(recur.freq) ? recur : null;
  } catch {
    return null;
  }
}

/** Walks the rule on the wall clock (floating time) and keeps the dates not excepted; stops after `limit`. */
function localStarts(recurrence: Recurrence, recur: ICAL.Recur, limit: number): string[] {
  const start = ICAL.Time.fromDateTimeString(`${recurrence.startsLocal}:00`);
  const iterator = recur.iterator(start);
  const excepted = new Set(recurrence.exdates);
  // ical.js answers null once the rule has ended (its types leave that out).
  const nextOf = (): ICAL.Time | null => iterator.next();
  const starts: string[] = [];
  for (let next = nextOf(), steps = 0; next !== null && starts.length < limit && steps < limit * 4; next = nextOf(), steps++) {
    const local = next.toString().slice(0, 16);
    if (!excepted.has(local.slice(0, 10))) starts.push(local);
  }
  return starts;
}

/**
 * Why a rule cannot be used, as a catalog key, or null. A rule must parse, repeat by day,
 * week, month or year, and end (COUNT or UNTIL): one that never stops is refused, and so
 * is one with more than `maxOccurrences` dates.
 */
export function ruleProblem(recurrence: Recurrence): string | null {
  if (recurrence.rrule === '') return null;
  const recur = parseRule(recurrence.rrule);
  if (recur === null) return 'activities.rrule.invalid';
  if (recur.count === null && recur.until === null) return 'activities.rrule.unbounded';
  if (localStarts(recurrence, recur, maxOccurrences + 1).length > maxOccurrences) return 'activities.rrule.tooMany';
  return null;
}

/**
 * Every time the activity happens, as UTC instants. The rule runs on Amsterdam's wall clock,
 * so a 19:30 meeting stays at 19:30 across the change to and from summer time.
 */
export function expandRecurrence(recurrence: Recurrence): Occurrence[] {
  const recur = recurrence.rrule === '' ? null : parseRule(recurrence.rrule);
  const locals = recur === null ? [recurrence.startsLocal] : localStarts(recurrence, recur, maxOccurrences);
  const occurrences: Occurrence[] = [];
  for (const local of locals) {
    const start = amsterdamToUtc(local.slice(0, 10), local.slice(11, 16));
    if (start === null) continue;
    const end = new Date(start.getTime() + recurrence.durationMinutes * 60_000);
    occurrences.push({ startsAt: start.toISOString(), endsAt: end.toISOString() });
  }
  return occurrences;
}

export const repeatChoices = ['none', 'weekly', 'biweekly', 'monthly'] as const;
export type RepeatChoice = (typeof repeatChoices)[number];

/** The form's plain choice as an RRULE that ends on `until` (an Amsterdam date). */
export function ruleOfChoice(repeat: RepeatChoice, until: string | null): string {
  if (repeat === 'none') return '';
  const freq = repeat === 'monthly' ? 'FREQ=MONTHLY' : repeat === 'biweekly' ? 'FREQ=WEEKLY;INTERVAL=2' : 'FREQ=WEEKLY';
  return until === null ? freq : `${freq};UNTIL=${until.replace(/-/g, '')}T235959`;
}

/** The form's choice back from a stored rule; a rule typed in the API shows as "custom". */
export function choiceOfRule(rrule: string): { repeat: RepeatChoice | 'custom'; until: string } {
  if (rrule === '') return { repeat: 'none', until: '' };
  const match = /^FREQ=(WEEKLY|MONTHLY)(;INTERVAL=2)?;UNTIL=(\d{4})(\d{2})(\d{2})T235959$/.exec(rrule);
  if (match === null) return { repeat: 'custom', until: '' };
  const repeat = match[1] === 'MONTHLY' ? 'monthly' : match[2] === undefined ? 'weekly' : 'biweekly';
  return { repeat, until: `${match[3]}-${match[4]}-${match[5]}` };
}
