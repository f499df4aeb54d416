import { describe, expect, it } from 'vitest';
import { addMonthsToDay, lapsingVogs, refuseVogDate, vogCounts, vogLastDay, vogState } from './vog.rules.ts';

const onFile = (date: string | null) => ({ onFile: true, date });

describe('a VOG that lapses', () => {
  it('adds months by the calendar; a day the month lacks becomes its last day', () => {
    expect(addMonthsToDay('2024-03-01', 12)).toBe('2025-03-01');
    expect(addMonthsToDay('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsToDay('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonthsToDay('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonthsToDay('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonthsToDay('2025-12-15', 1)).toBe('2026-01-15');
  });

  it('counts up to and including its last day, and not the day after', () => {
    expect(vogLastDay('2024-03-01', 12)).toBe('2025-03-01');
    expect(vogCounts(onFile('2024-03-01'), 12, '2025-02-28')).toBe(true);
    expect(vogCounts(onFile('2024-03-01'), 12, '2025-03-01')).toBe(true); // exactly on the day
    expect(vogCounts(onFile('2024-03-01'), 12, '2025-03-02')).toBe(false);
  });

  it('a VOG of a leap day that counts a year lapses after 28 February', () => {
    expect(vogCounts(onFile('2024-02-29'), 12, '2025-02-28')).toBe(true);
    expect(vogCounts(onFile('2024-02-29'), 12, '2025-03-01')).toBe(false);
    expect(vogCounts(onFile('2023-02-28'), 12, '2024-02-29')).toBe(false); // the leap day is past 28 February 2024
  });

  it('without a period a VOG on file keeps counting; none on file never counts', () => {
    expect(vogCounts(onFile('1995-06-01'), null, '2026-12-01')).toBe(true);
    expect(vogCounts(onFile(null), null, '2026-12-01')).toBe(true);
    expect(vogCounts({ onFile: false, date: '2026-11-01' }, null, '2026-12-01')).toBe(false);
    expect(vogCounts({ onFile: false, date: '2026-11-01' }, 36, '2026-12-01')).toBe(false);
    expect(vogCounts(onFile(null), 36, '2026-12-01')).toBe(false); // a period, but no date to count from
  });

  it('refuses a date in the future or before 1990; today and 1 January 1990 are fine', () => {
    expect(refuseVogDate('2026-12-02', '2026-12-01')).toBe('help.vog.future');
    expect(refuseVogDate('2026-12-01', '2026-12-01')).toBeNull();
    expect(refuseVogDate('1989-12-31', '2026-12-01')).toBe('help.vog.tooOld');
    expect(refuseVogDate('1990-01-01', '2026-12-01')).toBeNull();
  });

  it('lists VOGs that lapsed or lapse within two months, soonest first', () => {
    const vogs = [
      { name: 'later', vogDate: '2024-03-02' }, // last day 2027-03-02: past the horizon
      { name: 'horizon', vogDate: '2024-02-01' }, // last day 2027-02-01: on the horizon
      { name: 'lapsed', vogDate: '2023-11-30' }, // last day 2026-11-30
      { name: 'today', vogDate: '2023-12-01' }, // last day today: still counts
      { name: 'none', vogDate: null },
    ];
    const listed = lapsingVogs(vogs, 36, '2026-12-01');
    expect(listed.map((l) => [l.item.name, l.lastDay, l.lapsed])).toEqual([
      ['lapsed', '2026-11-30', true],
      ['today', '2026-12-01', false],
      ['horizon', '2027-02-01', false],
    ]);
    expect(lapsingVogs(vogs, null, '2026-12-01')).toEqual([]);
  });

  it('tells the volunteer whether their own VOG counts, lapsed, or is missing', () => {
    expect(vogState({ vogOnFile: true, vogDate: '2024-03-01' }, 12, '2025-03-01')).toBe('onFile');
    expect(vogState({ vogOnFile: true, vogDate: '2024-03-01' }, 12, '2025-03-02')).toBe('lapsed');
    expect(vogState({ vogOnFile: true, vogDate: '2024-03-01' }, null, '2035-03-02')).toBe('onFile');
    expect(vogState({ vogOnFile: false, vogDate: null }, 12, '2025-03-02')).toBe('missing');
  });
});
