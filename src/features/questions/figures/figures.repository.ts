import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { ProcessFigure } from '../../../platform/feature.ts';
import { questionFigures, type QuestionFacts, type ReferralFacts } from './figures.rules.ts';

/** The year in UTC, widened by a day each side; the rules place each instant in its Utrecht month. */
function window(year: number): { from: string; to: string } {
  return { from: `${year - 1}-12-31T00:00:00.000Z`, to: `${year + 1}-01-02T00:00:00.000Z` };
}

async function questionFacts(db: DbOrTx, districtId: string, year: number): Promise<QuestionFacts[]> {
  const { from, to } = window(year);
  const rows = await db
    .selectFrom('questions')
    .select(['id', 'created_at', 'first_response_at', 'status', 'closed_at'])
    .where('district_id', '=', districtId)
    .where((eb) =>
      eb.or([
        eb.and([eb('created_at', '>=', from), eb('created_at', '<', to)]),
        eb.and([eb('closed_at', '>=', from), eb('closed_at', '<', to)]),
      ]),
    )
    .execute();
  const formal = new Set(
    (
      await db
        .selectFrom('referrals')
        .select('question_id')
        .where('district_id', '=', districtId)
        .where('formal_care', '=', 1)
        .where('created_at', '<', to)
        .execute()
    ).map((r) => r.question_id),
  );
  return rows.map((r) => ({
    createdAt: r.created_at,
    firstResponseAt: r.first_response_at,
    closedAt: r.status === 'closed' ? r.closed_at : null,
    formalCare: formal.has(r.id),
  }));
}

async function referralFacts(db: DbOrTx, districtId: string, year: number): Promise<ReferralFacts[]> {
  const { from, to } = window(year);
  const rows = await db
    .selectFrom('referrals')
    .select(['status', 'responded_at', 'closed_at'])
    .where('district_id', '=', districtId)
    .where((eb) =>
      eb.or([
        eb.and([eb('responded_at', '>=', from), eb('responded_at', '<', to)]),
        eb.and([eb('closed_at', '>=', from), eb('closed_at', '<', to)]),
      ]),
    )
    .execute();
  return rows.map((r) => ({ status: r.status, respondedAt: r.responded_at, closedAt: r.closed_at }));
}

/** `Feature.processFigures`: computed from the data each time, never typed in. */
export async function processFigures(db: DbOrTx, query: { districtId: string; year: number }): Promise<ProcessFigure[]> {
  return questionFigures(
    await questionFacts(db, query.districtId, query.year),
    await referralFacts(db, query.districtId, query.year),
    query.year,
  );
}
