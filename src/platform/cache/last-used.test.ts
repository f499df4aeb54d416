import { describe, expect, it } from 'vitest';
import { keptPerKey, LastUsed } from './last-used.ts';

describe('the values of the keys used last', () => {
  it('drops the key used longest ago, where a hit counts as a use', () => {
    const kept = new LastUsed<string, number>(2);
    kept.set('a', 1);
    kept.set('b', 2);
    expect(kept.get('a')).toBe(1);
    kept.set('c', 3);
    expect([kept.get('a'), kept.get('b'), kept.get('c'), kept.size]).toEqual([1, undefined, 3, 2]);
    kept.set('a', 4);
    kept.delete('c');
    expect([kept.get('a'), kept.get('c'), kept.size]).toEqual([4, undefined, 1]);
  });

  it('makes a value once per key while the key stays among those used last', () => {
    const made: string[] = [];
    const upper = keptPerKey(2, (word: string) => {
      made.push(word);
      return word.toUpperCase();
    });
    expect(['a', 'b', 'a', 'c', 'a', 'b'].map(upper)).toEqual(['A', 'B', 'A', 'C', 'A', 'B']);
    expect(made).toEqual(['a', 'b', 'c', 'b']);
  });
});
