import { z } from 'zod';
import { choice, optionalEmail, optionalId, optionalPhone, optionalText } from '../../../platform/http/fields.ts';
import { coreAnswerFields } from '../core/core-answers.schema.ts';

/** The kinds recorded on this page; a buurt visit (`buurt_visit`) has a form of its own (visits/). */
export const conversationKinds = ['question_intake', 'help_intake'] as const;

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
