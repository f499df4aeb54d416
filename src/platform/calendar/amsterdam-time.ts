/** Amsterdam's wall clock: every date and time a person types or reads is in Europe/Amsterdam. */
const TIME_ZONE = 'Europe/Amsterdam';
const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

const HOUR_MS = 3_600_000;
// The offset only changes on a whole UTC hour (01:00 UTC, both ways), so it is kept per hour:
// pages turn hundreds of instants into wall-clock time, and formatToParts is the costly step.
const offsetByHour = new Map<number, number>();

/** Minutes that Amsterdam's wall clock is ahead of UTC at this instant (60 or 120). */
function amsterdamOffset(utcMs: number): number {
  const hour = Math.floor(utcMs / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    if (offsetByHour.size >= 10_000) offsetByHour.clear();
    offset = offsetAt(hour * HOUR_MS);
    offsetByHour.set(hour, offset);
  }
  return offset;
}

function offsetAt(utcMs: number): number {
  const parts = Object.fromEntries(offsetFormat.formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((wall - utcMs) / 60_000);
}

/**
 * A date and wall-clock time in Amsterdam as a UTC instant, or null when there is no such
 * day or time. As RFC 5545 (3.3.5) says: a time that occurs twice (the autumn change) is
 * the first of the two; a time the spring change skips is read with the offset before the
 * gap, so it lands as far after the gap as it was into it (02:30 becomes 03:30 summer time).
 */
export function amsterdamToUtc(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [y, mo, day, h, mi] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, day, h, mi);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== day || h > 23 || mi > 59) return null;
  const before = amsterdamOffset(wall - DAY_MS);
  const offsets = [...new Set([before, amsterdamOffset(wall + DAY_MS)])];
  const instants = offsets.map((offset) => wall - offset * 60_000).filter((utc, i) => amsterdamOffset(utc) === offsets[i]);
  return new Date(instants.length > 0 ? Math.min(...instants) : wall - before * 60_000);
}

const DAY_MS = 86_400_000;

/** The Amsterdam date and time of an instant, for forms: `['2026-03-12', '19:30']`. */
export function amsterdamParts(iso: string): [string, string] {
  const ms = new Date(iso).getTime();
  const local = new Date(ms + amsterdamOffset(ms) * 60_000).toISOString();
  return [local.slice(0, 10), local.slice(11, 16)];
}
