const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Utrecht at that moment (`2026-12-01`), as the register keeps dates. */
export function localDay(now: Date): string {
  return amsterdamDay.format(now);
}
