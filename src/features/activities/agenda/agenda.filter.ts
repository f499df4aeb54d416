import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import { amsterdamToUtc } from '../../../platform/calendar/amsterdam-time.ts';
import { isTheme, mondayOf, addDays, type ActivityTheme } from './activity.rules.ts';

/** The agenda's filters as the address carries them (`?buurt=…&thema=…&dag=…&week=…&gratis=1&toegankelijk=1`). */
export interface AgendaQuery {
  buurt?: string;
  thema?: string;
  dag?: string;
  week?: string;
  gratis?: string;
  toegankelijk?: string;
}

export interface AgendaChoice {
  buurt: Buurt | undefined;
  theme: ActivityTheme | undefined;
  from: string;
  to: string;
  free: boolean;
  accessible: boolean;
  /** What the filter form shows again. */
  values: Record<string, string>;
}

const isDate = (v: string | undefined): v is string =>
  v !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(v) && amsterdamToUtc(v, '00:00') !== null;

/** The start of an Amsterdam day as a UTC instant. */
const midnight = (day: string): string => amsterdamToUtc(day, '00:00')?.toISOString() ?? `${day}T00:00:00.000Z`;

/**
 * Reads the filters; anything unknown is ignored rather than refused (it is a search, not a
 * form). A day shows that day, a week (its Monday) that week, else the next four weeks.
 */
export function agendaChoice(query: AgendaQuery, buurten: readonly Buurt[], today: string): AgendaChoice {
  const buurt = buurten.find((b) => b.slug === query.buurt);
  const theme = query.thema !== undefined && isTheme(query.thema) ? query.thema : undefined;
  const day = isDate(query.dag) ? query.dag : undefined;
  const week = day === undefined && isDate(query.week) ? mondayOf(query.week) : undefined;
  const [first, days] = day !== undefined ? [day, 1] : week !== undefined ? [week, 7] : [today, 28];
  const from = midnight(first);
  const to = midnight(addDays(first, days));
  const free = query.gratis === '1';
  const accessible = query.toegankelijk === '1';
  const shown: [string, string | undefined][] = [
    ['buurt', buurt?.slug],
    ['thema', theme],
    ['dag', day],
    ['gratis', free ? '1' : undefined],
    ['toegankelijk', accessible ? '1' : undefined],
  ];
  const values = Object.fromEntries(shown.filter((entry): entry is [string, string] => entry[1] !== undefined));
  return { buurt, theme, from, to, free, accessible, values };
}
