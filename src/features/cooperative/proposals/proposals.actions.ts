import { audit, linkFor, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { localDay } from '../../../platform/clock.ts';
import { findBuurt, type District } from '../../../platform/geography/geography.repository.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { recordBoardDecision } from '../board/board.actions.ts';
import { everyone } from '../pools/pools.actions.ts';
import { searchPool, type PoolPerson } from '../pools/pools.rules.ts';
import {
  decideProposal,
  findProposal,
  insertMatch,
  insertProposal,
  listProposals,
  matchesOf,
  setCall,
  type Proposal,
} from './proposals.repository.ts';
import { refuseCall, refuseProposal, refuseProposalDecision } from './proposals.rules.ts';
import type { CallInput, MatchInput, ProposalDecisionInput, ProposeInput } from './proposals.schema.ts';

/** Anyone proposes a project, with or without an account; the proposer hears it arrived. */
export function propose(ctx: ActionContext, t: Translate, district: District, input: ProposeInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const buurt = input.buurt === null ? undefined : await findBuurt(trx, district.id, input.buurt);
    if (input.buurt !== null && buurt === undefined) return refusal('validation.choice', { field: 'buurt' });
    const problem = refuseProposal({ needs: input.needs, moneyCents: input.money });
    if (problem !== null) return refusal(problem.code, problem);
    const id = await insertProposal(trx, {
      districtId: district.id,
      buurtId: buurt?.id ?? null,
      title: input.title,
      what: input.what,
      forWhom: input.forWhom,
      needs: input.needs,
      moneyCents: input.money,
      needsNote: input.needsNote,
      proposerKind: input.kind,
      proposerName: input.name,
      proposerEmail: input.email,
      submittedBy: ctx.user?.id ?? null,
      at: ctx.now.toISOString(),
    });
    await audit(trx, ctx, {
      action: 'cooperative.proposal.submitted',
      subjectType: 'coop_proposal',
      subjectId: id,
      districtId: district.id,
    });
    await queueMail(trx, ctx, {
      to: input.email,
      subject: t('cooperative.mail.proposed.subject'),
      text: t('cooperative.mail.proposed.body', { name: input.name, title: input.title, district: district.name }),
      districtId: district.id,
    });
    return success(id);
  });
}

/** What the board sees: every proposal with who proposed it (personal data, so the read is logged). */
export async function proposalsSeenByBoard(ctx: ActionContext, district: District): Promise<Proposal[]> {
  const db = ctx.deps.database.db;
  const all = await listProposals(db, district.id, 'all');
  await audit(db, ctx, { action: 'cooperative.proposals.read', subjectType: 'coop_proposal', districtId: district.id });
  return all;
}

/**
 * The daily board approves or declines a proposal. The decision is recorded as a board
 * decision with its votes; the proposer hears the outcome, and a decline says why.
 */
export function decideOnProposal(
  ctx: ActionContext,
  t: Translate,
  district: District,
  proposalId: string,
  input: ProposalDecisionInput,
): Promise<Outcome<'goedgekeurd' | 'afgewezen'>> {
  return runAction(ctx, async (trx) => {
    const proposal = await findProposal(trx, district.id, proposalId);
    if (proposal === undefined) return refusal('error.404', { status: 404 });
    const problem = refuseProposalDecision(proposal.status, input);
    if (problem !== null) return refusal(problem.code, problem);
    const words = t(`cooperative.proposal.decisionText.${input.decision}`, { title: proposal.title, reason: input.reason ?? '' }).trim();
    const { votesFor, votesAgainst, votesAbstained } = input;
    const record = { body: 'daily' as const, decidedOn: localDay(ctx.now), text: words, votesFor, votesAgainst, votesAbstained };
    const decisionId = await recordBoardDecision(trx, ctx, district, record, 'project_proposal');
    const at = ctx.now.toISOString();
    if (
      !(await decideProposal(trx, proposal.id, { status: input.decision, reason: input.reason, by: ctx.user?.id ?? null, at, decisionId }))
    )
      return refusal('cooperative.proposal.alreadyDecided', { field: 'decision', status: 409 });
    await audit(trx, ctx, {
      action: `cooperative.proposal.${input.decision}`,
      subjectType: 'coop_proposal',
      subjectId: proposal.id,
      districtId: district.id,
    });
    const link = linkFor(ctx, `/${district.slug}/cooperatie/projecten${input.decision === 'approved' ? `/${proposal.id}` : ''}`);
    await queueMail(trx, ctx, {
      to: proposal.proposerEmail,
      subject: t(`cooperative.mail.proposal.${input.decision}.subject`, { title: proposal.title }),
      text: t(`cooperative.mail.proposal.${input.decision}.body`, {
        name: proposal.proposerName,
        title: proposal.title,
        reason: input.reason ?? '',
        link,
      }),
      districtId: district.id,
    });
    return success(input.decision === 'approved' ? 'goedgekeurd' : 'afgewezen');
  });
}

/** An approved project that needs people calls on the pools: "wij zoeken" someone with a talent. */
export function openCall(ctx: ActionContext, district: District, proposalId: string, input: CallInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const proposal = await findProposal(trx, district.id, proposalId);
    if (proposal === undefined) return refusal('error.404', { status: 404 });
    const problem = refuseCall(proposal);
    if (problem !== null) return refusal(problem.code, problem);
    await setCall(trx, proposal.id, input);
    await audit(trx, ctx, {
      action: 'cooperative.call.opened',
      subjectType: 'coop_proposal',
      subjectId: proposal.id,
      districtId: district.id,
    });
    return success();
  });
}

/** Who in the pools fits the call (active, the talent, the project's buurt first), and who is matched already; the read is logged. */
export async function callCandidates(
  ctx: ActionContext,
  district: District,
  proposal: Proposal,
): Promise<{ candidates: PoolPerson[]; matched: { userId: string; name: string }[] }> {
  const db = ctx.deps.database.db;
  const matched = await matchesOf(db, proposal.id);
  if (proposal.callTalent === null) return { candidates: [], matched };
  const filter = { talent: proposal.callTalent, buurtId: null, pool: 'all', withPaused: false } as const;
  const fit = searchPool(await everyone(db, district, proposal.callTalent), filter, 1).people;
  const taken = new Set(matched.map((m) => m.userId));
  const near = (p: PoolPerson) => (p.buurtId === proposal.buurtId ? 0 : 1);
  const candidates = fit.filter((p) => !taken.has(p.userId)).sort((a, b) => near(a) - near(b));
  await audit(db, ctx, { action: 'cooperative.pools.read', subjectType: 'coop_proposal', subjectId: proposal.id, districtId: district.id });
  return { candidates, matched };
}

/** A coordinator matches someone from the pools to the call; they get a mail with the project. */
export function matchToCall(ctx: ActionContext, t: Translate, district: District, proposalId: string, input: MatchInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const proposal = await findProposal(trx, district.id, proposalId);
    if (proposal === undefined) return refusal('error.404', { status: 404 });
    if (proposal.callTalent === null) return refusal('cooperative.call.none', { field: 'person', status: 409 });
    const filter = { talent: proposal.callTalent, buurtId: null, pool: 'all', withPaused: false } as const;
    const person = (await everyone(trx, district, proposal.callTalent)).find(
      (p) => p.userId === input.person && searchPool([p], filter, 1).total === 1,
    );
    if (person === undefined) return refusal('cooperative.call.notInPool', { field: 'person', status: 409 });
    if (!(await insertMatch(trx, { proposalId: proposal.id, userId: person.userId, by: ctx.user?.id ?? null, at: ctx.now.toISOString() })))
      return refusal('cooperative.call.alreadyMatched', { field: 'person', status: 409 });
    await audit(trx, ctx, {
      action: 'cooperative.call.matched',
      subjectType: 'coop_proposal',
      subjectId: proposal.id,
      districtId: district.id,
    });
    await queueMail(trx, ctx, {
      to: person.email,
      subject: t('cooperative.mail.matched.subject', { title: proposal.title }),
      text: t('cooperative.mail.matched.body', {
        name: person.name,
        title: proposal.title,
        link: linkFor(ctx, `/${district.slug}/cooperatie/projecten/${proposal.id}`),
      }),
      districtId: district.id,
    });
    return success();
  });
}
