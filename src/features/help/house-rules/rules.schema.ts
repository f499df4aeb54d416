import { z } from 'zod';
import { checkbox, integer, money, optionalText, text } from '../../../platform/http/fields.ts';

/** The most a cooperative may ask for an hour of a klus: €100. */
const MAX_FEE_CENTS = 10_000;

/** The administrator's form for the cooperative's house rules. */
export const rulesForm = z.object({
  cooperativeName: text(120),
  schemeName: text(60),
  oddJobFee: money().refine((cents) => cents <= MAX_FEE_CENTS, 'validation.money'),
  maxServiceMinutes: integer(15, 480),
  oneAtATime: checkbox,
  feedbackDays: integer(1, 60),
  reminderDays: integer(0, 30),
  networkCheckRequired: checkbox,
  vogRequiredForHomeVisits: checkbox,
  manyJobsCount: integer(1, 100),
  manyJobsDays: integer(1, 365),
  studentsForLongRunning: checkbox,
  studentDesk: optionalText(200),
  socialEntrepreneurs: optionalText(4000, { multiline: true }),
  contactEmail: optionalText(254),
});

export type RulesInput = z.output<typeof rulesForm>;
