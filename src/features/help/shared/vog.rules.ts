/**
 * A VOG (certificate of conduct) that lapses. The board sets how many months a VOG counts
 * from the date on it; without a period it keeps counting. Days are calendar days as text
 * (YYYY-MM-DD), so no time zone moves a boundary.
 */

/** The oldest VOG date a coordinator may record: older ones are typing errors. */
export const EARLIEST_VOG_DATE = '1990-01-01';

/** How close to its end a VOG is shown to the coordinator, so it can be renewed in time. */
const VOG_WARNING_MONTHS = 2;

const pad = (n: number) => String(n).padStart(2, '0');

/** The same day `months` later; a day the month lacks becomes its last day (29 February + 12 → 28 February). */
export function addMonthsToDay(day: string, months: number): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/**
 * The last day a VOG counts: `months` after its date, that day included. A VOG of
 * 1 March 2024 that counts a year still counts on 1 March 2025 and lapses the day after.
 */
export const vogLastDay = (vogDate: string, months: number): string => addMonthsToDay(vogDate, months);

interface VogOnFile {
  onFile: boolean;
  /** The date on the VOG; null for an old entry without one. */
  date: string | null;
}

/** Whether the volunteer's VOG counts today: on file, and — when the board set a period — not past its last day. */
export function vogCounts(vog: VogOnFile, validMonths: number | null, today: string): boolean {
  if (!vog.onFile) return false;
  if (validMonths === null) return true;
  return vog.date !== null && today <= vogLastDay(vog.date, validMonths);
}

/** What a volunteer reads about their own VOG: seen and counting, lapsed, or none on file. */
export function vogState(
  v: { vogOnFile: boolean; vogDate: string | null },
  validMonths: number | null,
  today: string,
): 'onFile' | 'lapsed' | 'missing' {
  if (!v.vogOnFile) return 'missing';
  return vogCounts({ onFile: true, date: v.vogDate }, validMonths, today) ? 'onFile' : 'lapsed';
}

/** Why a VOG date cannot be recorded, or null: not in the future, not before 1990. */
export function refuseVogDate(vogDate: string, today: string): string | null {
  if (vogDate > today) return 'help.vog.future';
  if (vogDate < EARLIEST_VOG_DATE) return 'help.vog.tooOld';
  return null;
}

export interface Lapsing<T> {
  item: T;
  lastDay: string;
  lapsed: boolean;
}

/**
 * The VOGs that lapsed, or lapse within two months: the coordinator asks for a new one in
 * time. Soonest first. Without a period nothing lapses.
 */
export function lapsingVogs<T extends { vogDate: string | null }>(
  items: readonly T[],
  validMonths: number | null,
  today: string,
): Lapsing<T>[] {
  if (validMonths === null) return [];
  const horizon = addMonthsToDay(today, VOG_WARNING_MONTHS);
  return items
    .flatMap((item) => {
      if (item.vogDate === null) return [];
      const lastDay = vogLastDay(item.vogDate, validMonths);
      return lastDay <= horizon ? [{ item, lastDay, lapsed: lastDay < today }] : [];
    })
    .sort((a, b) => a.lastDay.localeCompare(b.lastDay));
}
