import type { FieldErrors } from '../../../platform/http/forms.ts';
import { scheduleProblems } from '../model/schedule-checks.rules.ts';
import type { Schedule } from '../model/schedule.rules.ts';
import type { ScheduleForm } from './parts.schema.ts';

const freqOf = { weekly: 'WEEKLY', monthly: 'MONTHLY', closed: null, changed: null } as const;

function bydayOf(data: ScheduleForm): string {
  if (data.type === 'monthly') return data.days.map((d) => `${data.week ?? ''}${d}`).join(',');
  return data.type === 'weekly' ? data.days.join(',') : '';
}

/** The rule's problems under the form's fields: the days are "days" there, the rest have the rule's names. */
function errorsByField(problems: Partial<Record<keyof Schedule, string>>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, code] of Object.entries(problems)) errors[field === 'byday' ? 'days' : field] = { code };
  return errors;
}

/** The schedule form as an HSDS-like rule; problems come back by form field. */
export function scheduleFromForm(data: ScheduleForm): { schedule: Omit<Schedule, 'id'>; errors: FieldErrors } {
  const exception = data.type === 'closed' || data.type === 'changed' ? data.type : 'none';
  const closed = exception === 'closed';
  const schedule: Omit<Schedule, 'id'> = {
    kind: data.kind,
    freq: freqOf[data.type],
    interval: data.type === 'weekly' ? data.interval : 1,
    byday: bydayOf(data),
    opensAt: closed ? null : data.opensAt,
    closesAt: closed ? null : data.closesAt,
    validFrom: data.validFrom,
    validTo: exception !== 'none' && data.validTo === null ? data.validFrom : data.validTo,
    exception,
    description: data.note ?? '',
  };
  const errors = errorsByField(scheduleProblems(schedule));
  if (data.type === 'monthly' && data.week === null) errors.week = { code: 'guide.schedule.week.required' };
  return { schedule, errors };
}
