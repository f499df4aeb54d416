import { z } from 'zod';
import { choice, optionalChoice, optionalEmail, optionalId, optionalPhone, optionalText, text } from '../../../platform/http/fields.ts';
import { coreAnswerFields } from '../../common-language/index.ts';
import { channels, contactMethods, urgencies } from '../question/question.rules.ts';
import { longText } from '../question/question.schema.ts';

/** The way of contact the resident chose needs its own field filled in. */
const neededFor = { phone: 'phone', email: 'email', visit: 'street', walk_in: 'walkIn' } as const;

const askFields = {
  text: longText('questions.text.required'),
  name: text(100, { required: 'questions.name.required' }),
  contactBy: choice(contactMethods, 'questions.contactBy.required'),
  phone: optionalPhone(),
  email: optionalEmail(),
  street: optionalText(200),
  walkIn: optionalId,
  buurt: optionalId,
  urgency: choice(urgencies, 'questions.urgency.required'),
  channel: optionalChoice(channels),
};

function contactNeeded(
  v: { contactBy: keyof typeof neededFor } & Record<(typeof neededFor)[keyof typeof neededFor], unknown>,
  ctx: z.RefinementCtx,
) {
  const field = neededFor[v.contactBy];
  if (v[field] === null) ctx.addIssue({ code: 'custom', path: [field], message: `questions.${field}.neededFor` });
}

/** Asking, as the API takes it. */
export const askForm = z.object(askFields).superRefine(contactNeeded);
export type AskInput = z.output<typeof askForm>;

/** The page's form: for someone writing the question down with the resident, "Het goede gesprek" too. */
export const askPageForm = z.object({ ...askFields, ...coreAnswerFields }).superRefine(contactNeeded);
