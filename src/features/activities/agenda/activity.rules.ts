/** What an activity is about; the agenda filters on it and each has its own calendar feed. */
export const activityThemes = ['meeting', 'learning', 'health', 'digital', 'money', 'culture', 'youth', 'buurt'] as const;
export type ActivityTheme = (typeof activityThemes)[number];

const activityStatuses = ['pending', 'published', 'cancelled'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

export const isTheme = (value: string): value is ActivityTheme => (activityThemes as readonly string[]).includes(value);
export const themeOf = (value: string): ActivityTheme => (isTheme(value) ? value : 'meeting');
export const statusOf = (value: string): ActivityStatus => activityStatuses.find((s) => s === value) ?? 'pending';

/**
 * A coordinator's activity is published at once, and so is one by an organiser whose earlier
 * activity a coordinator approved; a first-time organiser waits for a coordinator (issue 11.5).
 */
export function statusForNewActivity(organiser: { isCoordinator: boolean; hasApprovedBefore: boolean }): ActivityStatus {
  return organiser.isCoordinator || organiser.hasApprovedBefore ? 'published' : 'pending';
}

/** The Monday (Amsterdam date) of the week a date falls in. */
export function mondayOf(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
