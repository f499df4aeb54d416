/** What a schedule may not be: days that do not exist, hours that end before they start, dates the wrong way round. */
import { minutesOf, parseByday, type Schedule } from './schedule.rules.ts';

type ScheduleProblem =
  | 'guide.schedule.byday.invalid'
  | 'guide.schedule.byday.required'
  | 'guide.schedule.time.invalid'
  | 'guide.schedule.endsBeforeStart'
  | 'guide.schedule.validToBeforeFrom'
  | 'guide.schedule.interval.invalid'
  | 'guide.schedule.exceptionDates.required';

type Problems = Partial<Record<keyof Schedule, ScheduleProblem>>;
type RuleInput = Omit<Schedule, 'id' | 'description'>;

function dayProblems(s: RuleInput): Problems {
  const days = parseByday(s.byday);
  if (days === null || (s.freq === 'WEEKLY' && days.some((d) => d.ordinal !== null))) return { byday: 'guide.schedule.byday.invalid' };
  if (s.freq !== null && days.length === 0) return { byday: 'guide.schedule.byday.required' };
  if (!Number.isInteger(s.interval) || s.interval < 1 || s.interval > 52) return { interval: 'guide.schedule.interval.invalid' };
  return {};
}

function timeProblems(s: RuleInput): Problems {
  if (s.exception === 'closed') return {};
  const opens = minutesOf(s.opensAt);
  const closes = minutesOf(s.closesAt);
  const problems: Problems = {};
  if (opens === null) problems.opensAt = 'guide.schedule.time.invalid';
  if (closes === null) problems.closesAt = 'guide.schedule.time.invalid';
  else if (opens !== null && closes <= opens) problems.closesAt = 'guide.schedule.endsBeforeStart';
  return problems;
}

function dateProblems(s: RuleInput): Problems {
  if (s.exception !== 'none' && (s.validFrom === null || s.validTo === null))
    return { validFrom: 'guide.schedule.exceptionDates.required' };
  if (s.validFrom !== null && s.validTo !== null && s.validTo < s.validFrom) return { validTo: 'guide.schedule.validToBeforeFrom' };
  return {};
}

/** What is wrong with a schedule, by field; empty when it is fine. A schedule may not end before it starts. */
export function scheduleProblems(s: RuleInput): Problems {
  return { ...dayProblems(s), ...timeProblems(s), ...dateProblems(s) };
}
