import { z } from 'zod';
import { date, id, optionalDate, optionalText } from '../../../platform/http/fields.ts';
import { targetForm } from '../monitoring/monitoring.schema.ts';

/** The evaluation: a verdict per commitment (`c_a` …) and indicator (`i_<id>`), checked against the subjects by the rules. */
export const closeForm = z.object({ conclusion: optionalText(2000, { multiline: true }) }).catchall(z.unknown());
export type CloseInput = z.output<typeof closeForm>;

export const draftForm = z.object({ startsOn: date(), endsOn: date() });
export type DraftInput = z.output<typeof draftForm>;

/** A partner signs the new period; the date only when it is known. */
export const signForm = z.object({ partner: id, signedOn: optionalDate() });
export type SignInput = z.output<typeof signForm>;

export const periodTargetForm = targetForm.extend({ indicator: id });
export type PeriodTargetInput = z.output<typeof periodTargetForm>;
