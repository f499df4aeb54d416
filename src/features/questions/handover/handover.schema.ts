import { z } from 'zod';
import { choice, optionalText, text } from '../../../platform/http/fields.ts';
import { note } from '../question/question.schema.ts';

/** The help feature's kinds a question can become. */
export const handOverKinds = ['service', 'odd_job', 'buddy'] as const;

/** Turning a question into a neighbour-help or buddy request. */
export const handOverForm = z.object({
  kind: choice(handOverKinds, 'questions.handOver.kind.required'),
  buurt: text(80, { required: 'questions.handOver.buurt.required' }),
  what: note('questions.handOver.what.required'),
  wishedTime: optionalText(200),
});
export type HandOverInput = z.output<typeof handOverForm>;
