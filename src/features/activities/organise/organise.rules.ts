import type { ActivityInput } from './organise.schema.ts';

/** Dates typed as "24-12-2026, 31-12-2026" or "2026-12-24": Amsterdam dates, or null when one is not a date. */
export function parseExceptionDates(value: string | null): string[] | null {
  if (value === null) return [];
  const dates: string[] = [];
  for (const part of value.split(/[\s,;]+/).filter((p) => p !== '')) {
    const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(part);
    const iso = dutch === null ? part : `${dutch[3]}-${dutch[2]?.padStart(2, '0')}-${dutch[1]?.padStart(2, '0')}`;
    const d = new Date(`${iso}T12:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(d.getTime()) || !d.toISOString().startsWith(iso)) return null;
    dates.push(iso);
  }
  return [...new Set(dates)].sort();
}

/** Minutes from start to end on one day; null when the end is not after the start. */
export function durationOf(input: Pick<ActivityInput, 'start' | 'end'>): number | null {
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const duration = minutes(input.end) - minutes(input.start);
  return duration > 0 ? duration : null;
}
