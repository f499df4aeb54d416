import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import {
  needs as allNeeds,
  proposalStatuses,
  proposerKinds,
  type Need,
  type ProposalStatus,
  type ProposerKind,
} from './proposals.rules.ts';

export interface Proposal {
  id: string;
  buurtId: string | null;
  buurtName: string | null;
  title: string;
  what: string;
  forWhom: string;
  needs: Need[];
  moneyCents: number | null;
  needsNote: string | null;
  proposerKind: ProposerKind;
  proposerName: string;
  proposerEmail: string;
  status: ProposalStatus;
  decidedAt: string | null;
  decisionReason: string | null;
  callTalent: string | null;
  callText: string | null;
  createdAt: string;
}

export type NewProposal = Pick<Proposal, 'buurtId' | 'title' | 'what' | 'forWhom' | 'needs' | 'moneyCents' | 'needsNote'> & {
  districtId: string;
  proposerKind: ProposerKind;
  proposerName: string;
  proposerEmail: string;
  submittedBy: string | null;
  at: string;
};

export async function insertProposal(db: DbOrTx, p: NewProposal): Promise<string> {
  const id = newId();
  await db
    .insertInto('coop_proposals')
    .values({
      id,
      district_id: p.districtId,
      buurt_id: p.buurtId,
      title: p.title,
      what: p.what,
      for_whom: p.forWhom,
      needs_people: p.needs.includes('people') ? 1 : 0,
      needs_money_cents: p.needs.includes('money') ? (p.moneyCents ?? 0) : null,
      needs_place: p.needs.includes('place') ? 1 : 0,
      needs_note: p.needsNote,
      proposer_kind: p.proposerKind,
      proposer_name: p.proposerName,
      proposer_email: p.proposerEmail,
      submitted_by: p.submittedBy,
      status: 'pending',
      created_at: p.at,
    })
    .execute();
  return id;
}

/** The data version every write to the proposals bumps (by trigger). */
export const PROPOSALS_VERSION = 'cooperative.proposals';

function proposals(db: DbOrTx, districtId: string) {
  return db
    .selectFrom('coop_proposals as p')
    .leftJoin('buurten as b', 'b.id', 'p.buurt_id')
    .selectAll('p')
    .select('b.name as buurt_name')
    .where('p.district_id', '=', districtId);
}

type Row = Awaited<ReturnType<ReturnType<typeof proposals>['executeTakeFirstOrThrow']>>;
const oneOf = <T extends string>(list: readonly T[], value: string, fallback: T): T =>
  list.includes(value as T) ? (value as T) : fallback;

function toProposal(r: Row): Proposal {
  const has: Record<Need, boolean> = { people: r.needs_people === 1, money: r.needs_money_cents !== null, place: r.needs_place === 1 };
  return {
    id: r.id,
    buurtId: r.buurt_id,
    buurtName: r.buurt_name,
    title: r.title,
    what: r.what,
    forWhom: r.for_whom,
    needs: allNeeds.filter((n) => has[n]),
    moneyCents: r.needs_money_cents === 0 ? null : r.needs_money_cents,
    needsNote: r.needs_note,
    proposerKind: oneOf(proposerKinds, r.proposer_kind, 'resident'),
    proposerName: r.proposer_name,
    proposerEmail: r.proposer_email,
    status: oneOf(proposalStatuses, r.status, 'pending'),
    decidedAt: r.decided_at,
    decisionReason: r.decision_reason,
    callTalent: r.call_talent,
    callText: r.call_text,
    createdAt: r.created_at,
  };
}

export async function findProposal(db: DbOrTx, districtId: string, id: string): Promise<Proposal | undefined> {
  const row = await proposals(db, districtId).where('p.id', '=', id).executeTakeFirst();
  return row && toProposal(row);
}

/** The proposals of a district with one status (or all), newest first. */
export async function listProposals(db: DbOrTx, districtId: string, status: ProposalStatus | 'all'): Promise<Proposal[]> {
  let query = proposals(db, districtId);
  if (status !== 'all') query = query.where('p.status', '=', status);
  return (await query.orderBy('p.created_at', 'desc').orderBy('p.id').execute()).map(toProposal);
}

/** Records the board's decision; false when someone decided first. */
export async function decideProposal(
  db: DbOrTx,
  id: string,
  d: { status: 'approved' | 'declined'; reason: string | null; by: string | null; at: string; decisionId: string },
): Promise<boolean> {
  const result = await db
    .updateTable('coop_proposals')
    .set({ status: d.status, decision_reason: d.reason, decided_by: d.by, decided_at: d.at, decision_id: d.decisionId })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function setCall(db: DbOrTx, id: string, call: { talent: string; text: string }): Promise<void> {
  await db.updateTable('coop_proposals').set({ call_talent: call.talent, call_text: call.text }).where('id', '=', id).execute();
}

/** A match of one person to a project's call; false when they were matched already. */
export async function insertMatch(db: DbOrTx, m: { proposalId: string; userId: string; by: string | null; at: string }): Promise<boolean> {
  const result = await db
    .insertInto('coop_call_matches')
    .values({ id: newId(), proposal_id: m.proposalId, user_id: m.userId, matched_by: m.by, matched_at: m.at })
    .onConflict((oc) => oc.columns(['proposal_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The names of the people matched to a project's call. */
export async function matchesOf(db: DbOrTx, proposalId: string): Promise<{ userId: string; name: string }[]> {
  const rows = await db
    .selectFrom('coop_call_matches as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'u.name'])
    .where('m.proposal_id', '=', proposalId)
    .orderBy('u.name')
    .execute();
  return rows.map((r) => ({ userId: r.user_id, name: r.name }));
}
