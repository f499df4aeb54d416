import { z } from 'zod';
import { optionalText } from '../../../platform/http/fields.ts';

/** A coordinator fills in one row of seed 004's table; every cell may stay empty ("nog niet bekend"). The assistant is kept in the guide. */
export const networkForm = z.object({
  name: optionalText(120),
  availability: optionalText(200),
});
export type NetworkInput = z.output<typeof networkForm>;
