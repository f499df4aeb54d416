import { z } from 'zod';
import { checkbox, choice, optionalEmail, optionalId, optionalPhone, optionalText } from '../../../platform/http/fields.ts';

export const conversationKinds = ['question_intake', 'help_intake', 'buurt_visit'] as const;

const answer = optionalText(2000);

/** A conversation along the core questions; every answer may stay empty, but not all of them (see the rules). */
export const conversationForm = z.object({
  kind: choice(conversationKinds),
  buurt: optionalId,
  name: optionalText(120),
  know: answer,
  achieve: answer,
  need: answer,
  self: answer,
  contribute: answer,
  talent: answer,
  invite: checkbox,
  email: optionalEmail(),
  phone: optionalPhone(),
});
export type ConversationInput = z.output<typeof conversationForm>;
