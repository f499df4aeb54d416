import { z } from 'zod';
import { choice, optionalText } from '../../../platform/http/fields.ts';

/** The volunteer's answer: yes, or no with perhaps a reason. */
export const proposalAnswerForm = z.object({ answer: choice(['accept', 'decline']), note: optionalText(500, { multiline: true }) });
