import { z } from 'zod';
import {
  choice,
  integer,
  list,
  optionalChoice,
  optionalDate,
  optionalEmail,
  optionalId,
  optionalText,
  optionalTime,
  text,
} from '../../../platform/http/fields.ts';
import { guidePhone, plainTextIn } from '../common/guide.schema.ts';
import { scheduleKinds, weekdays } from '../model/schedule.rules.ts';

/** A named person of an organisation, added on the organisation's edit page. */
export const contactForm = plainTextIn(
  z.object({
    contactName: text(150),
    contactTitle: optionalText(150),
    contactFor: text(300),
    contactEmail: optionalEmail(),
    contactPhone: guidePhone,
    contactLocation: optionalId,
  }),
  ['contactName', 'contactTitle', 'contactFor'],
);
export type ContactForm = z.output<typeof contactForm>;

export const scheduleTypes = ['weekly', 'monthly', 'closed', 'changed'] as const;

/** Hours of a place or an offer, added on its edit page: a weekly or monthly rule, or an exception. */
export const scheduleForm = plainTextIn(
  z.object({
    kind: choice(scheduleKinds),
    type: choice(scheduleTypes),
    days: list(choice(weekdays), 7),
    week: optionalChoice(['1', '2', '3', '4', '-1']),
    interval: z.preprocess((v) => (v === '' ? undefined : v), integer(1, 52).optional().default(1)),
    opensAt: optionalTime(),
    closesAt: optionalTime(),
    validFrom: optionalDate(),
    validTo: optionalDate(),
    note: optionalText(300),
  }),
  ['note'],
);
export type ScheduleForm = z.output<typeof scheduleForm>;
