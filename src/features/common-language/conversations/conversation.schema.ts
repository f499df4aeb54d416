import { z } from 'zod';
import { choice, optionalEmail, optionalId, optionalPhone, optionalText } from '../../../platform/http/fields.ts';
import { coreAnswerFields } from '../core/core-answers.schema.ts';

export const conversationKinds = ['question_intake', 'help_intake', 'buurt_visit'] as const;

/** A conversation along the core questions; every answer may stay empty, but not all of them (see the rules). */
export const conversationForm = z.object({
  kind: choice(conversationKinds),
  buurt: optionalId,
  name: optionalText(120),
  ...coreAnswerFields,
  email: optionalEmail(),
  phone: optionalPhone(),
});
export type ConversationInput = z.output<typeof conversationForm>;
