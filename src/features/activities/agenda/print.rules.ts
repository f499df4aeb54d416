import type { PdfBlock } from '../../../platform/pdf/blocks.pdf.ts';
import { addDays, mondayOf } from './activity.rules.ts';

/** A printable stretch of the agenda: a week (Monday to Sunday) or a calendar month, as Amsterdam dates. */
export interface PrintPeriod {
  kind: 'week' | 'month';
  /** First day, and the day after the last. */
  first: string;
  end: string;
  previous: string;
  next: string;
}

const isDay = (v: string | undefined): v is string =>
  v !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T12:00:00Z`));

function monthStart(day: string, shift: number): string {
  const d = new Date(`${day.slice(0, 7)}-01T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + shift);
  return d.toISOString().slice(0, 10);
}

/**
 * The period asked for: `?maand=2026-12` a month, `?week=<any day>` the week it falls in,
 * nothing (or nonsense) this week. A period is a list, not a form: nonsense is ignored.
 */
export function printPeriod(query: { week?: string; maand?: string }, today: string): PrintPeriod {
  const month = query.maand !== undefined && /^\d{4}-(0[1-9]|1[0-2])$/.test(query.maand) ? `${query.maand}-01` : undefined;
  if (month !== undefined) {
    return { kind: 'month', first: month, end: monthStart(month, 1), previous: monthStart(month, -1), next: monthStart(month, 1) };
  }
  const monday = mondayOf(isDay(query.week) ? query.week : today);
  return { kind: 'week', first: monday, end: addDays(monday, 7), previous: addDays(monday, -7), next: addDays(monday, 7) };
}

/** One line of the printed agenda, in words already. */
export interface PrintedItem {
  day: string;
  time: string;
  title: string;
  place: string;
  contact: string;
  cost: string;
  /** "Gaat niet door: …", or ''. */
  cancelled: string;
}

/** The items grouped by day, in order. */
export function byDay<T extends { day: string }>(items: readonly T[]): [string, T[]][] {
  const days = new Map<string, T[]>();
  for (const item of items) days.set(item.day, [...(days.get(item.day) ?? []), item]);
  return [...days];
}

/** The same agenda as an accessible PDF: a heading per day, each activity a heading with its place, contact and cost. */
export function printBlocks(
  words: { title: string; period: string; none: string; footer: string; dayName: (day: string) => string },
  items: readonly PrintedItem[],
): PdfBlock[] {
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: words.title, style: { size: 24 } },
    { kind: 'paragraph', text: words.period, style: { size: 15, bold: true, gap: 10 } },
  ];
  if (items.length === 0) blocks.push({ kind: 'paragraph', text: words.none, style: { size: 14 } });
  for (const [day, list] of byDay(items)) {
    blocks.push({ kind: 'heading', level: 2, text: words.dayName(day), style: { size: 18 } });
    for (const item of list) {
      blocks.push({ kind: 'heading', level: 3, text: `${item.time}  ${item.title}`, style: { size: 15 } });
      const lines = [item.cancelled, item.place, item.contact, item.cost].filter((s) => s !== '');
      blocks.push({ kind: 'paragraph', text: lines.join('\n'), style: { size: 14, gap: 8 } });
    }
  }
  blocks.push({ kind: 'paragraph', text: words.footer, style: { size: 14, bold: true } });
  return blocks;
}
