import { z } from 'zod';
import { choice, date, id, integer, text } from '../../../platform/http/fields.ts';
import { rulesForm } from '../../help/index.ts';
import { plainText } from '../../../platform/http/plain-text.ts';
import { bodies, decidingBodies, functions } from './board.rules.ts';

export const seatForm = plainText(
  z.object({
    member: id,
    body: choice(bodies),
    function: choice(functions),
    termStart: date('validation.required'),
    termEnd: date('validation.required'),
  }),
);
export type SeatInput = z.output<typeof seatForm>;

const votes = { votesFor: integer(0, 500), votesAgainst: integer(0, 500), votesAbstained: integer(0, 500) };

/** A decision of one of the boards: the day, the words, and the votes for, against and abstained. */
export const decisionRecordForm = plainText(
  z.object({ body: choice(decidingBodies), decidedOn: date('validation.required'), text: text(2000, { multiline: true }), ...votes }),
);
export type DecisionRecordInput = z.output<typeof decisionRecordForm>;

/** The house rules of neighbour help together with the decision that adopts them. */
export const adoptRulesForm = plainText(
  rulesForm.extend({
    body: choice(decidingBodies),
    decidedOn: date('validation.required'),
    text: text(2000, { multiline: true }),
    ...votes,
  }),
);
export type AdoptRulesInput = z.output<typeof adoptRulesForm>;
