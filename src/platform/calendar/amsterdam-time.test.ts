import { describe, expect, it } from 'vitest';
import { amsterdamParts, amsterdamToUtc } from './amsterdam-time.ts';

describe('Amsterdam wall-clock times', () => {
  it('converts winter and summer times to UTC', () => {
    expect(amsterdamToUtc('2027-01-14', '19:30')?.toISOString()).toBe('2027-01-14T18:30:00.000Z');
    expect(amsterdamToUtc('2026-06-11', '19:30')?.toISOString()).toBe('2026-06-11T17:30:00.000Z');
    expect(amsterdamParts('2026-06-11T17:30:00.000Z')).toEqual(['2026-06-11', '19:30']);
  });

  it('reads a time that occurs twice as the first, and one the clock skips as after the gap (RFC 5545 3.3.5)', () => {
    // 25 October 2026: 03:00 summer time becomes 02:00 winter time, so 02:30 happens twice.
    expect(amsterdamToUtc('2026-10-25', '02:30')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(amsterdamToUtc('2026-10-25', '03:30')?.toISOString()).toBe('2026-10-25T02:30:00.000Z');
    expect(amsterdamToUtc('2026-10-25', '01:59')?.toISOString()).toBe('2026-10-24T23:59:00.000Z');
    // 29 March 2026: 02:00 winter time becomes 03:00 summer time, so 02:30 does not exist.
    expect(amsterdamToUtc('2026-03-29', '02:30')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(amsterdamParts('2026-03-29T01:30:00.000Z')).toEqual(['2026-03-29', '03:30']);
    expect(amsterdamToUtc('2026-03-29', '01:59')?.toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(amsterdamToUtc('2026-03-29', '03:00')?.toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('refuses days and times that do not exist', () => {
    expect(amsterdamToUtc('2026-02-30', '10:00')).toBeNull();
    expect(amsterdamToUtc('2026-02-10', '25:00')).toBeNull();
    expect(amsterdamToUtc('morgen', '10:00')).toBeNull();
  });
});
