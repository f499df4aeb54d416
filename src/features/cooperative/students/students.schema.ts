import { z } from 'zod';
import { date, email, id, integer, text } from '../../../platform/http/fields.ts';
import { plainText } from '../../../platform/http/plain-text.ts';

/** A student joins the pool: study programme, institution, period and hours a week. */
export const studentForm = plainText(
  z.object({
    name: text(100),
    email: email('validation.required'),
    programme: text(150),
    institution: text(150),
    periodStart: date('validation.required'),
    periodEnd: date('validation.required'),
    hoursPerWeek: integer(1, 40),
  }),
);
export type StudentInput = z.output<typeof studentForm>;

export const matchStudentForm = plainText(z.object({ student: id }));
export type MatchStudentInput = z.output<typeof matchStudentForm>;

/** Handing a need back to the desk always says why. */
export const handBackForm = plainText(
  z.object({ reason: text(1000, { multiline: true, required: 'cooperative.student.reasonRequired' }) }),
);
export type HandBackInput = z.output<typeof handBackForm>;
