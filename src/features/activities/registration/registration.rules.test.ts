import { describe, expect, it } from 'vitest';
import { movingUp, placeFor, reminderWindow } from './registration.rules.ts';

describe('capacity and waiting list', () => {
  it('gives a place while there is one, then the waiting list', () => {
    expect(placeFor(2, 0)).toBe('confirmed');
    expect(placeFor(2, 1)).toBe('confirmed');
    expect(placeFor(2, 2)).toBe('waiting');
    expect(placeFor(null, 500)).toBe('confirmed');
  });

  it('moves up the first on the list for each free place, and nobody when it is full', () => {
    expect(movingUp(3, 2, ['a', 'b'])).toEqual(['a']);
    expect(movingUp(3, 0, ['a', 'b'])).toEqual(['a', 'b']);
    expect(movingUp(3, 3, ['a'])).toEqual([]);
    expect(movingUp(2, 5, ['a'])).toEqual([]);
  });

  it('reminds about what starts between 12 and 36 hours from now', () => {
    expect(reminderWindow(new Date('2026-12-01T08:00:00Z'))).toEqual({ from: '2026-12-01T20:00:00.000Z', to: '2026-12-02T20:00:00.000Z' });
  });
});
