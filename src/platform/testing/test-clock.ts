import type { Clock } from '../clock.ts';

export interface TestClock extends Clock {
  set(iso: string): void;
  advanceMinutes(minutes: number): void;
}

export function createTestClock(startIso = '2026-11-23T09:00:00.000Z'): TestClock {
  let current = new Date(startIso);
  return {
    now: () => new Date(current),
    set: (iso) => {
      current = new Date(iso);
    },
    advanceMinutes: (minutes) => {
      current = new Date(current.getTime() + minutes * 60_000);
    },
  };
}
