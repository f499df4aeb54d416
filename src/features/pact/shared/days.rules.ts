/** The calendar day of an instant, as the pact stores dates: `2026-11-23`. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** A year given in a link or form (`?jaar=2026`), or the fallback when it is none. */
export function yearOf(value: unknown, fallback: number): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : fallback;
}
