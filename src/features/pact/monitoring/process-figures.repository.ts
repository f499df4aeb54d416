import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { ProcessFigure } from '../../../platform/feature.ts';
import { pactFigures } from './process-figures.rules.ts';

/** The pact's own process figures, computed live from a year's meetings, bottlenecks and commitments. */
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
  return pactFigures({
    meetingsHeld: meetings.map((m) => m.starts_at),
    resolved: resolved.map((r) => ({ raisedAt: r.raised_at, resolvedAt: r.resolved_at })),
    commitments: commitments.map((c) => c.status),
  });
}
