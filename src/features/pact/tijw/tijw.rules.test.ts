import { describe, expect, it } from 'vitest';
import { checkCriteria, isEligible } from './tijw.rules.ts';

describe('research longlist (seed 003 §4.4: four conditions)', () => {
  const all = { newWayOfWorking: true, partnersFromSeveralTracks: true, goals: [2, 5] };

  it('makes an activity eligible only when all four conditions hold', () => {
    expect(isEligible(all)).toBe(true);
    expect(isEligible({ ...all, newWayOfWorking: false })).toBe(false);
    expect(isEligible({ ...all, partnersFromSeveralTracks: false })).toBe(false);
    expect(isEligible({ ...all, goals: [5] })).toBe(false);
    expect(isEligible({ ...all, goals: [1, 2, 3] })).toBe(false);
  });

  it('derives "several goals" and "the fifth goal" from the goals the activity serves', () => {
    expect(checkCriteria({ ...all, goals: [5, 5] })).toEqual({
      newWayOfWorking: true,
      partnersFromSeveralTracks: true,
      severalGoals: false,
      fifthGoal: true,
    });
  });
});
