import type { ProcessFigure } from '../../../platform/feature.ts';

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export interface PactYear {
  /** Start of each meeting held. */
  meetingsHeld: readonly string[];
  resolved: readonly { raisedAt: string; resolvedAt: string | null }[];
  /** Status of each commitment decided (met or not met). */
  commitments: readonly string[];
}

/** The pact's own process figures: meetings held (per month), bottlenecks resolved and how fast, commitments met. */
export function pactFigures(year: PactYear): ProcessFigure[] {
  const byMonth = Array.from({ length: 12 }, (_v, m) => year.meetingsHeld.filter((at) => Number(at.slice(5, 7)) === m + 1).length);
  const days = year.resolved.map((r) =>
    Math.max(0, Math.round((new Date(r.resolvedAt ?? r.raisedAt).getTime() - new Date(r.raisedAt).getTime()) / 86_400_000)),
  );
  const met = year.commitments.filter((c) => c === 'met').length;
  return [
    { key: 'pact.meetingsHeld', label: 'pact.figure.meetingsHeld', unit: 'count', value: year.meetingsHeld.length, byMonth },
    { key: 'pact.bottlenecksResolved', label: 'pact.figure.bottlenecksResolved', unit: 'count', value: year.resolved.length },
    { key: 'pact.bottleneckDaysToResolve', label: 'pact.figure.bottleneckDaysToResolve', unit: 'days', value: median(days) },
    {
      key: 'pact.commitmentsMet',
      label: 'pact.figure.commitmentsMet',
      unit: 'percent',
      value: year.commitments.length === 0 ? null : Math.round((met / year.commitments.length) * 100),
    },
  ];
}
