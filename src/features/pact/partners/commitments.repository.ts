import type { DbOrTx } from '../../../platform/db/schema.ts';
import { commitmentStatuses, type CommitmentLetter, type CommitmentStatus } from './partners.rules.ts';

export interface Commitment {
  partnerId: string;
  letter: CommitmentLetter;
  status: CommitmentStatus;
  note: string;
  updatedAt: string;
}

export async function commitmentsOf(db: DbOrTx, partnerIds: readonly string[], year: number): Promise<Commitment[]> {
  if (partnerIds.length === 0) return [];
  const rows = await db.selectFrom('pact_commitments').selectAll().where('partner_id', 'in', partnerIds).where('year', '=', year).execute();
  return rows.map((r) => ({
    partnerId: r.partner_id,
    letter: r.letter as CommitmentLetter,
    status: commitmentStatuses.find((s) => s === r.status) ?? 'open',
    note: r.note,
    updatedAt: r.updated_at,
  }));
}

export async function saveCommitment(
  db: DbOrTx,
  c: { partnerId: string; year: number; letter: CommitmentLetter; status: CommitmentStatus; note: string; at: string; by: string | null },
): Promise<void> {
  const values = { status: c.status, note: c.note, updated_at: c.at, updated_by: c.by };
  await db
    .insertInto('pact_commitments')
    .values({ partner_id: c.partnerId, year: c.year, letter: c.letter, ...values })
    .onConflict((oc) => oc.columns(['partner_id', 'year', 'letter']).doUpdateSet(values))
    .execute();
}
