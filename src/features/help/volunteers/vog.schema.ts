import { z } from 'zod';
import { date } from '../../../platform/http/fields.ts';

/** The date on the VOG a coordinator saw. */
export const vogDateForm = z.object({ vogDate: date('help.vog.dateRequired') });
export type VogDateInput = z.output<typeof vogDateForm>;
