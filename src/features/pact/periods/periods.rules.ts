/**
 * Seed 000 §9: "De afspraken in dit wijkpact gelden voor de periode 2022 tot en met 2024. In
 * 2024 wordt geëvalueerd als opmaat naar nieuwe afspraken." A period is drafted, runs, and is
 * closed by the steering group with an evaluation per commitment and indicator; the next
 * period starts with partners who sign again and new targets.
 */
export const verdicts = ['met', 'partly', 'not'] as const;
export type Verdict = (typeof verdicts)[number];

export const periodStatuses = ['draft', 'running', 'closed'] as const;
export type PeriodStatus = (typeof periodStatuses)[number];

export interface PeriodDates {
  startsOn: string;
  endsOn: string;
  status: PeriodStatus;
}

/** What a reader is told: a running period whose last day has passed has ended and waits for its evaluation. */
export type Phase = 'draft' | 'running' | 'ended' | 'closed';

export function phaseOf(period: PeriodDates, today: string): Phase {
  if (period.status === 'running' && period.endsOn < today) return 'ended';
  return period.status;
}

/** A subject of the evaluation and the name of its field in the form. */
export interface Subject {
  kind: 'commitment' | 'indicator';
  key: string;
}

export const fieldOf = (s: Subject): string => `${s.kind === 'commitment' ? 'c' : 'i'}_${s.key}`;

/**
 * The steering group closes a running period in its last year or later, with a verdict for
 * every subject. Answers the problems per field (catalog keys); none when it may close.
 */
export function refuseClose(
  period: PeriodDates,
  today: string,
  subjects: readonly Subject[],
  given: Readonly<Record<string, unknown>>,
): Record<string, string> {
  if (period.status !== 'running') return { _form: 'pact.period.notRunning' };
  if (today < `${period.endsOn.slice(0, 4)}-01-01`) return { _form: 'pact.period.tooEarly' };
  const problems: Record<string, string> = {};
  for (const s of subjects) {
    const field = fieldOf(s);
    if (!verdicts.some((v) => v === given[field])) problems[field] = 'pact.period.verdictMissing';
  }
  return problems;
}

/** The verdicts of a closed period, counted: "3 gehaald, 1 deels, 1 niet". */
export function tally(evaluations: readonly { verdict: Verdict }[]): Record<Verdict, number> {
  const counts = { met: 0, partly: 0, not: 0 };
  for (const e of evaluations) counts[e.verdict] += 1;
  return counts;
}

/**
 * A new period is a draft that starts after every earlier period ends, ends after it starts,
 * and waits alone: one draft at a time.
 */
export function refuseDraft(existing: readonly PeriodDates[], draft: { startsOn: string; endsOn: string }): string | null {
  if (draft.endsOn <= draft.startsOn) return 'pact.period.endBeforeStart';
  if (existing.some((p) => p.status === 'draft')) return 'pact.period.draftExists';
  if (existing.some((p) => p.endsOn >= draft.startsOn)) return 'pact.period.overlaps';
  return null;
}

/** A draft starts once the period before it is closed: its evaluation is the opening for the new agreements. */
export function refuseStart(draft: PeriodDates, earlier: readonly PeriodDates[]): string | null {
  if (draft.status !== 'draft') return 'pact.period.notDraft';
  if (earlier.some((p) => p.status !== 'closed' && p.startsOn < draft.startsOn)) return 'pact.period.earlierOpen';
  return null;
}
