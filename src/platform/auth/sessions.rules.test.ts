import { describe, expect, it } from 'vitest';
import { isSessionLive, newSessionTimes, shouldTouch } from './sessions.rules.ts';

const start = new Date('2026-11-23T09:00:00Z');
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe('session rules', () => {
  it('keeps a session alive while it is used', () => {
    const times = newSessionTimes(start);
    expect(isSessionLive(times, at(119))).toBe(true);
    expect(isSessionLive({ ...times, lastSeenAt: at(100).toISOString() }, at(200))).toBe(true);
  });

  it('ends a session after two idle hours', () => {
    expect(isSessionLive(newSessionTimes(start), at(120))).toBe(false);
  });

  it('ends a session twelve hours after sign-in, however busy', () => {
    const times = { ...newSessionTimes(start), lastSeenAt: at(12 * 60 - 1).toISOString() };
    expect(isSessionLive(times, at(12 * 60 - 0.5))).toBe(true);
    expect(isSessionLive(times, at(12 * 60))).toBe(false);
  });

  it('records activity at most once a minute', () => {
    const times = newSessionTimes(start);
    expect(shouldTouch(times, at(0.5))).toBe(false);
    expect(shouldTouch(times, at(1))).toBe(true);
  });
});
