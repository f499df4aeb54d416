import { z } from 'zod';
import { date, id, list, text, time } from '../../../platform/http/fields.ts';

export const conveneForm = z.object({
  reference: text(20),
  partners: list(id, 30),
  topic: text(500),
  meetsOn: date(),
  startsAt: time(),
  place: text(200),
});
export type ConveneInput = z.output<typeof conveneForm>;

export const agreementForm = z.object({
  lead: id,
  nextStep: text(500),
  dueOn: date(),
});
export type AgreementInput = z.output<typeof agreementForm>;
