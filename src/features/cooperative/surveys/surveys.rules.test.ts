import { describe, expect, it } from 'vitest';
import { aggregate, needCounts, optionsOf, refuseAnswer, SMALL, moved, refuseQuestionChange } from './surveys.rules.ts';

const one = { kind: 'one' as const, options: ['Ja', 'Nee', 'Weet niet'] };
const times = (n: number, values: string[]) => Array.from({ length: n }, () => values);

describe('aggregating a question', () => {
  it('counts each value with its share of those who answered; empty forms do not count', () => {
    const result = aggregate(one, [...times(6, ['0']), ...times(9, ['1']), ...times(5, ['2']), ...times(3, [])]);
    expect(result.answered).toBe(20);
    expect(result.tooFew).toBe(false);
    expect(result.options).toEqual([
      { value: '0', count: 6, share: 30 },
      { value: '1', count: 9, share: 45 },
      { value: '2', count: 5, share: 25 },
    ]);
  });

  it('shows nothing of a question fewer than five people answered', () => {
    const result = aggregate(one, times(SMALL - 1, ['0']));
    expect(result.tooFew).toBe(true);
    expect(result.options.every((o) => o.count === null && o.share === null)).toBe(true);
  });

  it('hides a small count, and with a single hidden one in a choose-one question the next smallest too', () => {
    const result = aggregate(one, [...times(2, ['0']), ...times(10, ['1']), ...times(6, ['2'])]);
    // 2 alone would be 18 − 10 − 6: so 6 is hidden as well.
    expect(result.options).toEqual([
      { value: '0', count: null, share: null },
      { value: '1', count: 10, share: 55.6 },
      { value: '2', count: null, share: null },
    ]);
  });

  it('keeps a zero: nobody chose it, which points at nobody', () => {
    const result = aggregate(one, [...times(7, ['0']), ...times(8, ['1'])]);
    expect(result.options[2]).toEqual({ value: '2', count: 0, share: 0 });
  });

  it('counts each chosen need of a choose-several question, hiding only the small ones', () => {
    const result = aggregate({ kind: 'needs', options: [] }, [...times(5, ['praktisch', 'digitaal']), ...times(2, ['contact'])]);
    const byValue = Object.fromEntries(result.options.map((o) => [o.value, o.count]));
    expect(result.answered).toBe(7);
    expect(byValue).toMatchObject({ praktisch: 5, digitaal: 5, contact: null, geld: 0 });
  });

  it('counts the needs per response once, and ignores values that are not needs', () => {
    expect(needCounts([['praktisch', 'praktisch', 'contact'], ['contact'], ['iets']])).toEqual(
      new Map([
        ['praktisch', 1],
        ['contact', 2],
      ]),
    );
  });
});

describe('questions and answers', () => {
  it('takes the options of a choice one per line, two to twelve', () => {
    expect(optionsOf('one', 'Ja\n\n Nee \r\n')).toEqual({ options: ['Ja', 'Nee'] });
    expect(optionsOf('several', 'Ja')).toEqual({ problem: 'cooperative.surveys.question.fewOptions' });
    expect(optionsOf('open', 'Ja\nNee')).toEqual({ options: [] });
  });

  it('takes online answers in the period, and paper forms after it closed', () => {
    const period = { opensOn: '2026-11-01', closesOn: '2026-11-30' };
    expect(refuseAnswer(period, '2026-10-31', 'online')).toBe('cooperative.surveys.answer.notOpen');
    expect(refuseAnswer(period, '2026-11-30', 'online')).toBeNull();
    expect(refuseAnswer(period, '2026-12-01', 'online')).toBe('cooperative.surveys.answer.closed');
    expect(refuseAnswer(period, '2026-12-01', 'paper')).toBeNull();
  });
});

describe('editing the questions', () => {
  it('moves a question a place up or down, not past either end', () => {
    expect(moved(['a', 'b', 'c'], 'b', 'up')).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 'b', 'down')).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 'a', 'up')).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 'c', 'down')).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b'], 'x', 'up')).toEqual(['a', 'b']);
  });

  it('locks the questions once an answer came in', () => {
    expect(refuseQuestionChange(0)).toBeNull();
    expect(refuseQuestionChange(1)).toBe('cooperative.surveys.question.answered');
  });
});
