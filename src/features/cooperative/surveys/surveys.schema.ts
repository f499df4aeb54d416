import { z } from 'zod';
import { choice, date, id, list, optionalChoice, optionalText, text } from '../../../platform/http/fields.ts';
import { plainText } from '../../../platform/http/plain-text.ts';
import { allowedValues, questionKinds, scaleValues, type Question } from './surveys.rules.ts';

/** A coordinator starts a survey for one or more buurten of the district. */
export const surveyForm = plainText(
  z.object({
    title: text(150),
    intro: optionalText(1000, { multiline: true }),
    opensOn: date('validation.required'),
    closesOn: date('validation.required'),
    buurten: list(id, 40).refine((l) => l.length > 0, 'cooperative.surveys.buurten.required'),
  }),
);
export type SurveyInput = z.output<typeof surveyForm>;

/** One question more; the options of a choice one per line. */
export const questionForm = plainText(
  z.object({
    kind: choice(questionKinds),
    text: text(300),
    options: optionalText(2000, { multiline: true }),
  }),
);
export type QuestionInput = z.output<typeof questionForm>;

/** The form field of a question: `q` and its id (ids are letters, digits and dashes). */
export const fieldOf = (question: Pick<Question, 'id'>): string => `q${question.id}`;

function answerField(question: Question) {
  const values = allowedValues(question) as readonly [string, ...string[]];
  if (question.kind === 'open') return optionalText(1000, { multiline: true });
  if (question.kind === 'scale') return optionalChoice(scaleValues);
  if (question.kind === 'one') return optionalChoice(values);
  return list(choice(values), values.length);
}

/** The answer form of one survey: the buurt, and each question (none required: a person may skip one). */
export function answerForm(questions: readonly Question[]) {
  const shape: Record<string, z.ZodType> = { buurt: text(80, { required: 'cooperative.surveys.answer.buurt' }) };
  for (const q of questions) shape[fieldOf(q)] = answerField(q);
  return plainText(z.object(shape));
}
export type AnswerInput = Record<string, unknown> & { buurt: string };
