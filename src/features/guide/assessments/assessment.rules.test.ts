import { describe, expect, it } from 'vitest';
import { passes, scoreLevel } from './assessment.rules.ts';

describe('words and symbols of an assessment', () => {
  it('says a score in words and a symbol, never by colour alone', () => {
    expect([3, 2, 1].map((s) => scoreLevel(s).level)).toEqual(['good', 'fair', 'poor']);
  });

  it('counts a place as accessible only where its latest assessment says "good"', () => {
    expect([3, 2, 1, null].map(passes)).toEqual([true, false, false, false]);
  });
});
