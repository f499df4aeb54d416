import type { DbOrTx } from '../../platform/db/schema.ts';
import type { ProcessFigure } from '../../platform/feature.ts';

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The pact's own process figures, computed live: meetings held, bottlenecks resolved and how fast, commitments met. */
export async function pactProcessFigures(db: DbOrTx, query: { districtId: string; year: number }): Promise<ProcessFigure[]> {
  const from = `${query.year}-01-01`;
  const to = `${query.year + 1}-01-01`;
  const [meetings, resolved, commitments] = await Promise.all([
    db
      .selectFrom('pact_meetings')
      .select('starts_at')
      .where('district_id', '=', query.districtId)
      .where('status', '=', 'held')
      .where('starts_at', '>=', from)
      .where('starts_at', '<', to)
      .execute(),
    db
      .selectFrom('pact_bottlenecks')
      .select(['raised_at', 'resolved_at'])
      .where('district_id', '=', query.districtId)
      .where('resolved_at', '>=', from)
      .where('resolved_at', '<', to)
      .execute(),
    db
      .selectFrom('pact_commitments as c')
      .innerJoin('pact_partners as p', 'p.id', 'c.partner_id')
      .select('c.status')
      .where('p.district_id', '=', query.districtId)
      .where('c.year', '=', query.year)
      .where('c.status', '!=', 'open')
      .execute(),
  ]);
  const byMonth = Array.from({ length: 12 }, (_v, m) => meetings.filter((r) => Number(r.starts_at.slice(5, 7)) === m + 1).length);
  const days = resolved.map((r) =>
    Math.max(0, Math.round((new Date(r.resolved_at ?? r.raised_at).getTime() - new Date(r.raised_at).getTime()) / 86_400_000)),
  );
  const met = commitments.filter((c) => c.status === 'met').length;
  return [
    { key: 'pact.meetingsHeld', label: 'pact.figure.meetingsHeld', unit: 'count', value: meetings.length, byMonth },
    { key: 'pact.bottlenecksResolved', label: 'pact.figure.bottlenecksResolved', unit: 'count', value: resolved.length },
    { key: 'pact.bottleneckDaysToResolve', label: 'pact.figure.bottleneckDaysToResolve', unit: 'days', value: median(days) },
    {
      key: 'pact.commitmentsMet',
      label: 'pact.figure.commitmentsMet',
      unit: 'percent',
      value: commitments.length === 0 ? null : Math.round((met / commitments.length) * 100),
    },
  ];
}
