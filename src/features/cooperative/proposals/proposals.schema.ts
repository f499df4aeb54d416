import { z } from 'zod';
import { choice, email, integer, list, money, optionalId, optionalText, text } from '../../../platform/http/fields.ts';
import { talents } from '../../help/index.ts';
import { plainText } from '../../../platform/http/plain-text.ts';
import { needs, proposerKinds } from './proposals.rules.ts';

/** An amount may be left empty: not every project needs money, or knows how much yet. */
const optionalMoney = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), money().nullable().default(null));

/** Anyone may propose a project, without an account: what, for whom, where, and what it needs. */
export const proposeForm = plainText(
  z.object({
    kind: choice(proposerKinds),
    name: text(100),
    email: email('validation.required'),
    title: text(120),
    what: text(2000, { multiline: true }),
    forWhom: text(500, { multiline: true }),
    buurt: optionalId,
    needs: list(choice(needs), needs.length),
    money: optionalMoney,
    needsNote: optionalText(1000, { multiline: true }),
  }),
);
export type ProposeInput = z.output<typeof proposeForm>;

/** The daily board approves or declines, with its votes; a decline always says why. */
export const proposalDecisionForm = plainText(
  z.object({
    decision: choice(['approved', 'declined']),
    reason: optionalText(1000),
    votesFor: integer(0, 500),
    votesAgainst: integer(0, 500),
    votesAbstained: integer(0, 500),
  }),
);
export type ProposalDecisionInput = z.output<typeof proposalDecisionForm>;

/** The call for people ("wij zoeken"): a talent of the shared list and what the project asks. */
export const callForm = plainText(z.object({ talent: choice(talents), text: text(500, { multiline: true }) }));
export type CallInput = z.output<typeof callForm>;

/** A coordinator matches one pool person to the call. */
export const matchForm = plainText(z.object({ person: text(80, { required: 'validation.choice', tooLong: 'validation.choice' }) }));
export type MatchInput = z.output<typeof matchForm>;
