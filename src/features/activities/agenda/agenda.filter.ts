import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import { amsterdamToUtc } from '../../pact/index.ts';
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

const isDate = (v: string | undefined): v is string => v !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(v) && amsterdamToUtc(v, '00:00') !== null;

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
  const from = amsterdamToUtc(first, '00:00')?.toISOString() ?? `${first}T00:00:00.000Z`;
  const to = amsterdamToUtc(addDays(first, days), '00:00')?.toISOString() ?? `${addDays(first, days)}T00:00:00.000Z`;
  const free = query.gratis === '1';
  const accessible = query.toegankelijk === '1';
  const values: Record<string, string> = {};
  if (buurt !== undefined) values.buurt = buurt.slug;
  if (theme !== undefined) values.thema = theme;
  if (day !== undefined) values.dag = day;
  if (free) values.gratis = '1';
  if (accessible) values.toegankelijk = '1';
  return { buurt, theme, from, to, free, accessible, values };
}
