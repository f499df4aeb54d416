import { z } from 'zod';
import { checkbox, choice, date, id, list, text } from '../../../platform/http/fields.ts';
import { consentWays, dataItems } from './consent.rules.ts';

export const consentForm = z.object({
  organizations: list(id),
  neighbourHelp: checkbox,
  items: list(choice(dataItems)).refine((v) => v.length > 0, 'questions.consent.noItems'),
  purpose: text(300, { required: 'questions.consent.purpose.required' }),
  how: choice(consentWays, 'questions.consent.how.required'),
  validUntil: date('questions.date.invalid'),
});
export type ConsentInput = z.output<typeof consentForm>;
