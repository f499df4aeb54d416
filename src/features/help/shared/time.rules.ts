/**
 * Weekly availability and wished times as a bit mask of day parts: Monday morning is bit
 * 0, Monday afternoon bit 1, Monday evening bit 2, Tuesday morning bit 3, …, Sunday
 * evening bit 20. A wish of 0 means "any time".
 */
export const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const dayParts = ['morning', 'afternoon', 'evening'] as const;
export type Day = (typeof days)[number];
export type DayPart = (typeof dayParts)[number];

export const ALL_SLOTS = (1 << (days.length * dayParts.length)) - 1;

export function slotBit(day: Day, part: DayPart): number {
  return 1 << (days.indexOf(day) * dayParts.length + dayParts.indexOf(part));
}

/** The chosen days crossed with the chosen parts; no day means every day, no part every part. */
export function slotsOf(chosenDays: readonly Day[], chosenParts: readonly DayPart[]): number {
  if (chosenDays.length === 0 && chosenParts.length === 0) return 0;
  const ds = chosenDays.length === 0 ? days : chosenDays;
  const ps = chosenParts.length === 0 ? dayParts : chosenParts;
  return ds.reduce((mask, d) => ps.reduce((m, p) => m | slotBit(d, p), mask), 0);
}

export function daysIn(mask: number): Day[] {
  return days.filter((d) => dayParts.some((p) => (mask & slotBit(d, p)) !== 0));
}

export function partsIn(mask: number): DayPart[] {
  return dayParts.filter((p) => days.some((d) => (mask & slotBit(d, p)) !== 0));
}

/** True when the volunteer is free at some wished moment; a wish of "any time" fits everyone who gave any time. */
export function availabilityOverlaps(wished: number, availability: number): boolean {
  if (wished === 0) return availability !== 0;
  return (wished & availability) !== 0;
}

const dayWords: readonly [Day, RegExp][] = [
  ['mon', /\b(maandag|ma|monday|mon)\b/],
  ['tue', /\b(dinsdag|di|tuesday|tue)\b/],
  ['wed', /\b(woensdag|wo|wednesday|wed)\b/],
  ['thu', /\b(donderdag|do|thursday|thu)\b/],
  ['fri', /\b(vrijdag|vr|friday|fri)\b/],
  ['sat', /\b(zaterdag|za|saturday|sat)\b/],
  ['sun', /\b(zondag|zo|sunday|sun)\b/],
];
const partWords: readonly [DayPart, RegExp][] = [
  ['morning', /(ochtend|morgens|morning)/],
  ['afternoon', /(middag|afternoon)/],
  ['evening', /(avond|evening)/],
];

/**
 * Reads a wished time written in words ("dinsdagmiddag", "in het weekend 's avonds") into
 * a mask, so a request that came in as a question still ranks on availability. Words it
 * does not know leave the wish open (0).
 */
export function slotsFromText(text: string | null): number {
  if (text === null) return 0;
  const lower = text.toLowerCase().replace(/(maan|dins|woens|donder|vrij|zater|zon)dag(ochtend|middag|avond)/g, '$1dag $2');
  const chosenDays = dayWords.filter(([, re]) => re.test(lower)).map(([d]) => d);
  if (/\bweekend\b/.test(lower)) chosenDays.push('sat', 'sun');
  const chosenParts = partWords.filter(([, re]) => re.test(lower)).map(([p]) => p);
  return slotsOf([...new Set(chosenDays)], chosenParts);
}

const yearMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: 'numeric' });

/** The year and month (1–12) of a moment in Utrecht, so hours done on New Year's Eve count in the right year. */
export function localYearMonth(iso: string): { year: number; month: number } {
  const parts = yearMonth.formatToParts(new Date(iso));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month') };
}
