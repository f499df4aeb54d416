import { randomUUID } from 'node:crypto';

/** Injected everywhere time matters, so tests can move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

export function newId(): string {
  return randomUUID();
}

const utrechtDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Utrecht at a moment (`2026-12-01`): a date the portal stores as text. */
export function localDay(moment: Date | string): string {
  return utrechtDay.format(typeof moment === 'string' ? new Date(moment) : moment);
}
