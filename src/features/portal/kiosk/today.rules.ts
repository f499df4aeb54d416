/** One activity as the kiosk shows it: when, where and whom to ask. */
export interface KioskActivity {
  title: string;
  startsAt: string;
  endsAt: string;
  /** The place in the guide, so the kiosk can open its page (address, phone, opening hours). */
  place: { id: string; name: string } | null;
  /** The activity's contact; without a phone or e-mail the kiosk points to the wijkinformatiepunt. */
  contact: { name: string; phone: string | null; email: string | null };
}

/**
 * Today (what has not ended yet) and the rest of the coming week, each in time order; `day`
 * gives an instant's date on Amsterdam's clock.
 */
export function splitTodayAndWeek<T extends { startsAt: string; endsAt: string }>(
  items: readonly T[],
  now: Date,
  day: (iso: string) => string,
): { today: T[]; week: T[] } {
  const today = day(now.toISOString());
  const running = items.filter((i) => Date.parse(i.endsAt) > now.getTime());
  return { today: running.filter((i) => day(i.startsAt) === today), week: running.filter((i) => day(i.startsAt) > today) };
}

/** Whom to ask: the activity's contact when they can be reached, else the district's wijkinformatiepunt. */
export function askWhom(contact: KioskActivity['contact']): 'contact' | 'point' {
  return contact.phone !== null || contact.email !== null ? 'contact' : 'point';
}
