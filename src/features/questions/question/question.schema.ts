import { z } from 'zod';
import { text } from '../../../platform/http/fields.ts';

/** A question in the resident's own words may be long, but not endless; so may an answer or a message. */
const QUESTION_MAX = 4000;
/** A summary, a reason, an outcome: shorter. */
export const TEXT_MAX = 2000;

/** A text as long as a question, with its own "required" message. */
export function longText(required: string) {
  return text(QUESTION_MAX, { required, tooLong: 'questions.text.tooLong', multiline: true });
}

/** A note of a professional: a summary, a reason for declining, an outcome. */
export function note(required: string) {
  return text(TEXT_MAX, { required, multiline: true });
}

/** A message between the resident and staff, either way. */
export const messageForm = z.object({ message: longText('questions.message.required') });
