import { z } from 'zod';
import { checkbox, optionalText } from '../../../platform/http/fields.ts';
import type { CoreQuestion } from '../core-questions.ts';

const answer = optionalText(2000);

/**
 * The fields of "Het goede gesprek", for every form that holds it: each answer optional, and
 * the resident's consent to an invitation to the volunteer pool. Spread them into a form's object.
 */
export const coreAnswerFields = {
  coreKnow: answer,
  coreAchieve: answer,
  coreNeed: answer,
  coreSelf: answer,
  coreContribute: answer,
  coreTalent: answer,
  coreInvite: checkbox,
};

/** The fields' limits, as the view reads them. */
export const coreAnswerLimits = z.object(coreAnswerFields);
export type CoreAnswersInput = z.output<typeof coreAnswerLimits>;
export type CoreAnswers = Record<CoreQuestion, string | null>;

/** The answers by core question. */
export function answersOf(input: CoreAnswersInput): CoreAnswers {
  return {
    know: input.coreKnow,
    achieve: input.coreAchieve,
    need: input.coreNeed,
    self: input.coreSelf,
    contribute: input.coreContribute,
    talent: input.coreTalent,
  };
}
