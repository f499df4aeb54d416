/** A registration holds a place, waits for one, or was cancelled. */
const registrationStatuses = ['confirmed', 'waiting', 'cancelled'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];
export const statusOfRegistration = (value: string): RegistrationStatus => registrationStatuses.find((s) => s === value) ?? 'cancelled';

/** A new registration gets a place while there is one (no capacity means no limit); else it joins the waiting list. */
export function placeFor(capacity: number | null, confirmed: number): 'confirmed' | 'waiting' {
  return capacity === null || confirmed < capacity ? 'confirmed' : 'waiting';
}

/** Who moves up from the waiting list (first come, first served) to fill the free places. */
export function movingUp<T>(capacity: number | null, confirmed: number, waiting: readonly T[]): T[] {
  const free = capacity === null ? waiting.length : Math.max(0, capacity - confirmed);
  return waiting.slice(0, free);
}

/** The reminder goes out the day before: to everyone confirmed for an occurrence starting within [now + 12 h, now + 36 h). */
export function reminderWindow(now: Date): { from: string; to: string } {
  const hour = 3_600_000;
  return { from: new Date(now.getTime() + 12 * hour).toISOString(), to: new Date(now.getTime() + 36 * hour).toISOString() };
}
