import { localYearMonth } from '../shared/time.rules.ts';
import type { VolunteerService } from './services.repository.ts';

/** Hours given per year, for the volunteer's own appreciation (never compared with others). */
export function hoursPerYear(services: readonly VolunteerService[]): { year: number; minutes: number; count: number }[] {
  const years = new Map<number, { minutes: number; count: number }>();
  for (const s of services) {
    if (s.doneAt === null || s.minutesDone === null) continue;
    const { year } = localYearMonth(s.doneAt);
    const entry = years.get(year) ?? { minutes: 0, count: 0 };
    years.set(year, { minutes: entry.minutes + s.minutesDone, count: entry.count + 1 });
  }
  return [...years.entries()].sort(([a], [b]) => b - a).map(([year, v]) => ({ year, ...v }));
}
