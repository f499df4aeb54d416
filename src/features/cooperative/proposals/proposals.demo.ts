import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findBuurt, type District } from '../../../platform/geography/geography.repository.ts';
import { insertDecision } from '../board/board.repository.ts';
import demo from './proposals.demo.json' with { type: 'json' };
import { decideProposal, insertProposal, setCall } from './proposals.repository.ts';
import type { Need, ProposerKind } from './proposals.rules.ts';

/** Two fictional proposals: one the daily board approved (with its decision and a call for people), one waiting. */
export async function seedDemoProposals(db: DbOrTx, district: District, today: string, at: string): Promise<void> {
  for (const p of demo) {
    const buurt = p.buurt === null ? undefined : await findBuurt(db, district.id, p.buurt);
    const id = await insertProposal(db, {
      districtId: district.id,
      buurtId: buurt?.id ?? null,
      title: p.title,
      what: p.what,
      forWhom: p.forWhom,
      needs: p.needs as Need[],
      moneyCents: p.moneyCents ?? null,
      needsNote: null,
      proposerKind: p.kind as ProposerKind,
      proposerName: p.name,
      proposerEmail: p.email,
      submittedBy: null,
      at,
    });
    if (p.decision !== 'approved') continue;
    const votes = { votesFor: 4, votesAgainst: 0, votesAbstained: 1 };
    const text = `Projectvoorstel “${p.title}” goedgekeurd.`;
    const data = { body: 'daily' as const, decidedOn: today, subject: 'project_proposal', text, ...votes, adopted: true };
    const decisionId = await insertDecision(db, { districtId: district.id, ...data, recordedBy: null, at });
    await decideProposal(db, id, { status: 'approved', reason: null, by: null, at, decisionId });
    await setCall(db, id, p.call);
  }
}
