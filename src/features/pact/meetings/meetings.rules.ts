import type { Programme } from '../settings/settings.rules.ts';

export const meetingKinds = ['steering', 'broad', 'goal', 'learning', 'other'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** Seed 000 annex VI: the goal-oriented meetings about digital, learning and prevention work. */
export const goalThemes = ['digital', 'learning', 'prevention'] as const;
export type GoalTheme = (typeof goalThemes)[number];

export const meetingStatuses = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const actionStatuses = ['open', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

interface Requirement {
  kind: MeetingKind;
  perYear: number;
}

/**
 * Seed 000 §6–7: the steering group twice a year, one broad district meeting, three goal-
 * oriented ones. Seed 003 §4.4: three learning meetings a year in Thuis in je Wijk.
 */
const rhythm: Readonly<Record<Programme, readonly Requirement[]>> = {
  wijkpact: [
    { kind: 'steering', perYear: 2 },
    { kind: 'broad', perYear: 1 },
    { kind: 'goal', perYear: 3 },
  ],
  thuis_in_je_wijk: [{ kind: 'learning', perYear: 3 }],
};

export interface RhythmWarning {
  /** Catalog key. */
  code: string;
  kind: MeetingKind;
  planned: number;
  required: number;
  missingThemes?: GoalTheme[];
}

/** Where the meetings planned or held in a year fall short of the pact's rhythm. */
export function checkRhythm(
  programme: Programme,
  meetings: readonly { kind: MeetingKind; theme: GoalTheme | null; status: MeetingStatus }[],
): RhythmWarning[] {
  const counted = meetings.filter((m) => m.status !== 'cancelled');
  const warnings: RhythmWarning[] = [];
  for (const { kind, perYear } of rhythm[programme]) {
    const planned = counted.filter((m) => m.kind === kind).length;
    if (planned < perYear) warnings.push({ code: 'pact.rhythm.tooFew', kind, planned, required: perYear });
    if (kind === 'goal') {
      const missingThemes = goalThemes.filter((theme) => !counted.some((m) => m.kind === 'goal' && m.theme === theme));
      if (missingThemes.length > 0) warnings.push({ code: 'pact.rhythm.themes', kind, planned, required: perYear, missingThemes });
    }
  }
  return warnings;
}

const TIME_ZONE = 'Europe/Amsterdam';
const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Minutes that Amsterdam's wall clock is ahead of UTC at this instant (60 or 120). */
function amsterdamOffset(utcMs: number): number {
  const parts = Object.fromEntries(offsetFormat.formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((wall - utcMs) / 60_000);
}

/**
 * A date and wall-clock time in Amsterdam as a UTC instant, or null when there is no such
 * day or time. As RFC 5545 (3.3.5) says: a time that occurs twice (the autumn change) is
 * the first of the two; a time the spring change skips is read with the offset before the
 * gap, so it lands as far after the gap as it was into it (02:30 becomes 03:30 summer time).
 */
export function amsterdamToUtc(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [y, mo, day, h, mi] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, day, h, mi);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== day || h > 23 || mi > 59) return null;
  const before = amsterdamOffset(wall - DAY_MS);
  const offsets = [...new Set([before, amsterdamOffset(wall + DAY_MS)])];
  const instants = offsets.map((offset) => wall - offset * 60_000).filter((utc, i) => amsterdamOffset(utc) === offsets[i]);
  return new Date(instants.length > 0 ? Math.min(...instants) : wall - before * 60_000);
}

const DAY_MS = 86_400_000;

/** The Amsterdam date and time of an instant, for forms: `['2026-03-12', '19:30']`. */
export function amsterdamParts(iso: string): [string, string] {
  const ms = new Date(iso).getTime();
  const local = new Date(ms + amsterdamOffset(ms) * 60_000).toISOString();
  return [local.slice(0, 10), local.slice(11, 16)];
}
