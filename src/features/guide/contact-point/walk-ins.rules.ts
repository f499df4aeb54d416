/**
 * Walk-in points and their hours, computed from the guide's schedules (seed 004: low-threshold
 * walk-in points run by residents, specific consultation hours by professionals). Pure: `now` comes in.
 */
import { hoursOn, localMoment, openAt, weekdays, type Hours, type Schedule } from '../model/schedule.rules.ts';

/** Who staffs the hours: residents and volunteers (an informal service) or professionals. */
export type StaffedBy = 'residents' | 'professionals';

/** @public One stretch of walk-in or consultation hours at a place, and what it is for. */
export interface WalkInHours {
  schedule: Schedule;
  /** The service the hours belong to ('' for the place's own hours). */
  serviceName: string;
  staffedBy: StaffedBy;
}

/** @public A place with walk-in or consultation hours in the guide. */
export interface WalkInPoint {
  id: string;
  name: string;
  streetAddress: string | null;
  postalCode: string | null;
  buurtId: string | null;
  hours: WalkInHours[];
  phones: { number: string; description: string }[];
  /** The named person to ask for there, if the guide names one. */
  contact: { name: string; title: string | null; phone: string | null; email: string | null } | null;
}

/** The number to call: the place's own, else its named person's; every page and paper says the same. */
export function phoneOfPoint(point: WalkInPoint | null): string | null {
  return point?.phones[0]?.number ?? point?.contact?.phone ?? null;
}

/** Residents' walk-in hours are informal; consultation hours by a professional service are the professionals'. */
export function staffedBy(kind: Schedule['kind'], informal: boolean | null): StaffedBy {
  if (informal !== null) return informal ? 'residents' : 'professionals';
  return kind === 'consultation' ? 'professionals' : 'residents';
}

/** The date `days` after a local date, with its weekday. */
function addDays(date: string, days: number): { date: string; weekday: (typeof weekdays)[number] } {
  const at = new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000);
  return { date: at.toISOString().slice(0, 10), weekday: weekdays[(at.getUTCDay() + 6) % 7] ?? 'MO' };
}

export interface OpenState {
  /** The hours running now, or null. */
  now: Hours | null;
  /** The next hours that start later (today or within five weeks, so a monthly one is found), or null. */
  next: (Hours & { date: string; weekday: string; inDays: number }) | null;
}

// The state only changes from one minute to the next (hours are whole minutes, and the walk-in
// points' hours come from memory, the same list each time): worked out once per list and minute.
const lastState = new WeakMap<readonly WalkInHours[], { minute: number; state: OpenState }>();

/** Whether a walk-in point is open now, and when it opens next (walk-in and consultation hours only). */
export function openState(hours: readonly WalkInHours[], instant: Date): OpenState {
  const minute = Math.floor(instant.getTime() / 60_000);
  const known = lastState.get(hours);
  if (known?.minute === minute) return known.state;
  const state = computeOpenState(hours, instant);
  lastState.set(hours, { minute, state });
  return state;
}

function computeOpenState(hours: readonly WalkInHours[], instant: Date): OpenState {
  const schedules = hours.map((h) => h.schedule);
  const current = openAt(schedules, instant);
  const here = localMoment(instant);
  for (let day = 0; day <= 35; day++) {
    const moment = day === 0 ? here : addDays(here.date, day);
    const later = hoursOn(schedules, moment).find((h) => day > 0 || h.opens > here.minutes);
    if (later !== undefined) return { now: current, next: { ...later, date: moment.date, weekday: moment.weekday, inDays: day } };
  }
  return { now: current, next: null };
}

/** The walk-in point that answers residents first: the chosen one, else the first with residents' walk-in hours. */
export function firstContactPoint(points: readonly WalkInPoint[], chosenId: string | null): WalkInPoint | null {
  return (
    points.find((p) => p.id === chosenId) ??
    points.find((p) => p.hours.some((h) => h.schedule.kind === 'walk_in' && h.staffedBy === 'residents')) ??
    points[0] ??
    null
  );
}
