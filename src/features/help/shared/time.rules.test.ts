import { describe, expect, it } from 'vitest';
import { ALL_SLOTS, availabilityOverlaps, daysIn, localYearMonth, partsIn, slotBit, slotsFromText, slotsOf } from './time.rules.ts';

describe('weekly day parts', () => {
  it('crosses chosen days with chosen parts; nothing chosen is any time', () => {
    expect(slotsOf(['tue'], ['afternoon'])).toBe(slotBit('tue', 'afternoon'));
    expect(slotsOf([], [])).toBe(0);
    expect(daysIn(slotsOf([], ['evening']))).toHaveLength(7);
    expect(partsIn(slotsOf(['sat', 'sun'], []))).toEqual(['morning', 'afternoon', 'evening']);
    expect(slotsOf([], ['morning', 'afternoon', 'evening'])).toBe(ALL_SLOTS);
  });

  it('overlaps when the volunteer is free at a wished moment; any time fits anyone who gave time', () => {
    expect(availabilityOverlaps(slotsOf(['tue'], ['afternoon']), slotsOf(['tue', 'wed'], ['afternoon']))).toBe(true);
    expect(availabilityOverlaps(slotsOf(['tue'], ['morning']), slotsOf(['tue'], ['afternoon']))).toBe(false);
    expect(availabilityOverlaps(0, slotsOf(['fri'], ['evening']))).toBe(true);
    expect(availabilityOverlaps(0, 0)).toBe(false);
  });

  it('reads a wished time written in Dutch words', () => {
    expect(slotsFromText('dinsdagmiddag')).toBe(slotBit('tue', 'afternoon'));
    expect(slotsFromText('Maandag of woensdag, het liefst in de ochtend')).toBe(slotsOf(['mon', 'wed'], ['morning']));
    expect(slotsFromText("in het weekend 's avonds")).toBe(slotsOf(['sat', 'sun'], ['evening']));
    expect(slotsFromText('morgen, maakt niet uit')).toBe(0);
    expect(slotsFromText(null)).toBe(0);
  });
});

describe('local calendar', () => {
  it('counts a moment in the year and month of Utrecht, not of UTC', () => {
    expect(localYearMonth('2026-12-31T23:30:00.000Z')).toEqual({ year: 2027, month: 1 });
    expect(localYearMonth('2026-06-30T21:59:00.000Z')).toEqual({ year: 2026, month: 6 });
  });
});
