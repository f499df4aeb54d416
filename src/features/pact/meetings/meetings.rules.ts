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
