import { z } from 'zod';
import { optionalId, optionalText } from '../../../platform/http/fields.ts';

/** A coordinator fills in one row of seed 004's table; every cell may stay empty ("nog niet bekend"). */
export const networkForm = z.object({
  name: optionalText(120),
  assistant: optionalId,
  availability: optionalText(200),
});
export type NetworkInput = z.output<typeof networkForm>;
