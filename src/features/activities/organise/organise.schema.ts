import { z } from 'zod';
import {
  checkbox,
  choice,
  date,
  id,
  integer,
  money,
  optionalDate,
  optionalEmail,
  optionalId,
  optionalPhone,
  optionalText,
  text,
  time,
} from '../../../platform/http/fields.ts';
import { activityThemes } from '../agenda/activity.rules.ts';
import { repeatChoices } from '../agenda/recurrence.rules.ts';
import { plainText } from '../../../platform/http/plain-text.ts';

const optionalCapacity = z.preprocess((v) => (v === '' || v === undefined ? null : v), integer(1, 5000).nullable());

/** An organiser's activity, as the form sends it. Dates and times are on Amsterdam's clock. */
export const activityForm = plainText(
  z.object({
    title: text(150, { required: 'activities.form.title.required' }),
    description: text(4000, { multiline: true, required: 'activities.form.description.required' }),
    audience: optionalText(300),
    theme: choice(activityThemes),
    buurt: optionalId,
    place: id,
    date: date('activities.form.date.required'),
    start: time('activities.form.start.required'),
    end: time('activities.form.end.required'),
    repeat: choice(repeatChoices),
    until: optionalDate(),
    exceptions: optionalText(800),
    cost: money(),
    organizer: text(150),
    contactName: text(100),
    contactPhone: optionalPhone(),
    contactEmail: optionalEmail(),
    registration: checkbox,
    capacity: optionalCapacity,
  }),
);
export type ActivityInput = z.output<typeof activityForm>;
