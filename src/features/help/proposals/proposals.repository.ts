import type { Selectable } from 'kysely';
import type { DbOrTx, Tables } from '../../../platform/db/schema.ts';

export interface Proposal {
  id: string;
  requestId: string;
  volunteerId: string;
  proposedBy: string | null;
  proposedAt: string;
  expiresAt: string;
  answer: string | null;
  answeredAt: string | null;
  note: string | null;
}

type ProposalRow = Omit<Selectable<Tables['help_proposals']>, 'token_hash'>;

const toProposal = (r: ProposalRow): Proposal => ({
  id: r.id,
  requestId: r.request_id,
  volunteerId: r.volunteer_id,
  proposedBy: r.proposed_by,
  proposedAt: r.proposed_at,
  expiresAt: r.expires_at,
  answer: r.answer,
  answeredAt: r.answered_at,
  note: r.note,
});

export async function insertProposal(db: DbOrTx, proposal: Omit<Proposal, 'answer' | 'answeredAt' | 'note'> & { tokenHash: string }) {
  await db
    .insertInto('help_proposals')
    .values({
      id: proposal.id,
      request_id: proposal.requestId,
      volunteer_id: proposal.volunteerId,
      token_hash: proposal.tokenHash,
      proposed_by: proposal.proposedBy,
      proposed_at: proposal.proposedAt,
      expires_at: proposal.expiresAt,
      answer: null,
      answered_at: null,
      note: null,
    })
    .execute();
}

export async function findProposalByToken(db: DbOrTx, tokenHash: string): Promise<Proposal | undefined> {
  const row = await db.selectFrom('help_proposals').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row && toProposal(row);
}

export async function findProposal(db: DbOrTx, id: string): Promise<Proposal | undefined> {
  const row = await db.selectFrom('help_proposals').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toProposal(row);
}

export async function proposalsOfRequest(db: DbOrTx, requestId: string): Promise<(Proposal & { volunteerName: string })[]> {
  const rows = await db
    .selectFrom('help_proposals as p')
    .innerJoin('help_volunteers as v', 'v.id', 'p.volunteer_id')
    .innerJoin('users as u', 'u.id', 'v.user_id')
    .selectAll('p')
    .select('u.name as volunteerName')
    .where('p.request_id', '=', requestId)
    .orderBy('p.proposed_at')
    .execute();
  return rows.map((r) => ({ ...toProposal(r), volunteerName: r.volunteerName }));
}

/** Answers a proposal once: of two clicks on the link, one counts. */
export async function recordAnswer(db: DbOrTx, id: string, answer: string, at: string, note: string | null = null): Promise<boolean> {
  const result = await db
    .updateTable('help_proposals')
    .set({ answer, answered_at: at, note })
    .where('id', '=', id)
    .where('answer', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function expiredOpenProposals(db: DbOrTx, now: string): Promise<Proposal[]> {
  const rows = await db.selectFrom('help_proposals').selectAll().where('answer', 'is', null).where('expires_at', '<=', now).execute();
  return rows.map(toProposal);
}
