import { describe, expect, it } from 'vitest';
import { median, monthOf, questionFigures, type QuestionFacts } from './figures.rules.ts';

const q = (over: Partial<QuestionFacts>): QuestionFacts => ({
  createdAt: '2026-03-02T10:00:00.000Z',
  firstResponseAt: null,
  closedAt: null,
  formalCare: false,
  ...over,
});

describe('process figures for monitoring (SPEC E)', () => {
  it('puts instants in the month of Utrecht, not of UTC', () => {
    expect(monthOf('2026-01-31T23:30:00.000Z', 2026)).toBe(1);
    expect(monthOf('2025-12-31T23:30:00.000Z', 2026)).toBe(0);
    expect(monthOf('2025-12-31T22:30:00.000Z', 2026)).toBeNull();
  });

  it('takes the median', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('counts questions asked and the share answered in ordinary life (seed 002: gewone vragen niet in de zorg)', () => {
    const figures = questionFigures(
      [
        q({ closedAt: '2026-03-03T10:00:00.000Z' }),
        q({ closedAt: '2026-03-04T10:00:00.000Z' }),
        q({ closedAt: '2026-03-05T10:00:00.000Z', formalCare: true }),
        q({ createdAt: '2026-04-01T10:00:00.000Z' }),
      ],
      [],
      2026,
    );
    const asked = figures.find((f) => f.key === 'questions.asked');
    expect(asked?.value).toBe(4);
    expect(asked?.byMonth?.slice(2, 4)).toEqual([3, 1]);
    const ordinary = figures.find((f) => f.key === 'questions.answeredInOrdinaryLife');
    expect(ordinary).toMatchObject({ unit: 'percent', value: 67, label: 'questions.figure.answeredInOrdinaryLife' });
    expect(ordinary?.byMonth?.[2]).toBe(67);
    expect(ordinary?.byMonth?.[3]).toBeNull();
  });

  it('gives the median hours to the first response, by the month the question was asked', () => {
    const figures = questionFigures(
      [
        q({ firstResponseAt: '2026-03-02T12:00:00.000Z' }),
        q({ firstResponseAt: '2026-03-03T10:00:00.000Z' }),
        q({ firstResponseAt: '2026-03-02T11:00:00.000Z' }),
      ],
      [],
      2026,
    );
    expect(figures.find((f) => f.key === 'questions.medianFirstResponse')).toMatchObject({ unit: 'hours', value: 2 });
  });

  it('counts referrals accepted, declined and closed with an outcome', () => {
    const figures = questionFigures(
      [],
      [
        { status: 'closed', respondedAt: '2026-05-01T10:00:00.000Z', closedAt: '2026-06-01T10:00:00.000Z' },
        { status: 'accepted', respondedAt: '2026-05-02T10:00:00.000Z', closedAt: null },
        { status: 'declined', respondedAt: '2026-05-03T10:00:00.000Z', closedAt: null },
        { status: 'pending', respondedAt: null, closedAt: null },
        { status: 'scaled_up', respondedAt: '2026-05-04T10:00:00.000Z', closedAt: '2026-05-05T10:00:00.000Z' },
      ],
      2026,
    );
    const value = (key: string) => figures.find((f) => f.key === key)?.value;
    expect(value('questions.referralsAccepted')).toBe(3);
    expect(value('questions.referralsDeclined')).toBe(1);
    expect(value('questions.referralsClosed')).toBe(2);
    expect(figures.find((f) => f.key === 'questions.referralsClosed')?.byMonth?.slice(4, 6)).toEqual([1, 1]);
  });
});
