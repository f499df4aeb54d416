import { z } from 'zod';
import { checkbox, choice, date, id, optionalText } from '../../../platform/http/fields.ts';
import { plainTextIn } from '../common/guide.schema.ts';

const score = choice(['1', '2', '3']).transform(Number);
const remarks = optionalText(1000, { multiline: true });

/** An expert by experience's assessment of a place: a score and remarks on each dimension. */
export const assessmentForm = plainTextIn(
  z.object({
    assessedOn: date('validation.required'),
    physicalScore: score,
    physicalRemarks: remarks,
    financialScore: score,
    financialRemarks: remarks,
    welcomeScore: score,
    welcomeRemarks: remarks,
  }),
  ['physicalRemarks', 'financialRemarks', 'welcomeRemarks'],
);
export type AssessmentForm = z.output<typeof assessmentForm>;

/** An administrator marks someone as an expert by experience, or takes it back. */
export const expertForm = z.object({ userId: id, expert: checkbox });
export type ExpertForm = z.output<typeof expertForm>;
