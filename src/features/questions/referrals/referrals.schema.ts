import { z } from 'zod';
import { choice, text } from '../../../platform/http/fields.ts';
import { note } from '../question/question.schema.ts';

export const referForm = z.object({
  contact: text(80, { required: 'questions.refer.contact.required' }),
  summary: note('questions.refer.summary.required'),
  formalCare: choice(['yes', 'no'], 'questions.refer.formalCare.required'),
});

export const declineForm = z.object({ reason: note('questions.decline.reason.required') });
export const closeForm = z.object({ outcome: note('questions.close.outcome.required') });
