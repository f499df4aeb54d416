import { describe, expect, it } from 'vitest';
import {
  chartGeometry,
  missingProcessTopics,
  parseFigure,
  refuseTarget,
  refuseValueYear,
  targetPassed,
  trendAgainstTarget,
} from './monitoring.rules.ts';

describe('trend against target (seed 000 §4: social cohesion from 6.4 to at least 7)', () => {
  it('is on track when the line so far reaches the target in time', () => {
    const trend = trendAgainstTarget(
      [
        { year: 2019, value: 6.4 },
        { year: 2023, value: 6.8 },
      ],
      'higher',
      { value: 7, year: 2027 },
      2026,
    );
    expect(trend.status).toBe('on_track');
    expect(trend.change).toBeCloseTo(0.4);
    expect(trend.projected).toBeCloseTo(7.2);
  });

  it('is too slow when it improves but will not get there, and worsening when it goes the wrong way', () => {
    const slow = [
      { year: 2019, value: 6.4 },
      { year: 2025, value: 6.5 },
    ];
    expect(trendAgainstTarget(slow, 'higher', { value: 7, year: 2027 }, 2026).status).toBe('too_slow');
    const lonely = [
      { year: 2018, value: 9 },
      { year: 2022, value: 11 },
    ];
    expect(trendAgainstTarget(lonely, 'lower', { value: 9, year: 2027 }, 2026).status).toBe('worsening');
  });

  it('is met once the latest value reaches the target, and missed when the target year passed', () => {
    const cohesion = (latest: number) => [
      { year: 2019, value: 6.4 },
      { year: 2025, value: latest },
    ];
    expect(trendAgainstTarget(cohesion(7.1), 'higher', { value: 7, year: 2027 }, 2026).status).toBe('met');
    expect(trendAgainstTarget(cohesion(6.6), 'higher', { value: 7, year: 2024 }, 2026).status).toBe('missed');
    const lonely = [
      { year: 2018, value: 9 },
      { year: 2022, value: 8 },
    ];
    expect(trendAgainstTarget(lonely, 'lower', { value: 9, year: 2024 }, 2026).status).toBe('met');
  });

  it('says nothing about the trend while only the baseline is measured', () => {
    expect(trendAgainstTarget([{ year: 2019, value: 6.4 }], 'higher', { value: 7, year: 2024 }, 2026).status).toBe('baseline_only');
  });

  it('says when there is no data or no target', () => {
    expect(trendAgainstTarget([], 'higher', { value: 7, year: 2027 }, 2026).status).toBe('no_data');
    expect(trendAgainstTarget([{ year: 2019, value: 6.4 }], 'higher', null, 2026).status).toBe('no_target');
  });

  it('refuses a target in the past and a value for a year still to come', () => {
    expect(refuseTarget({ value: 7, year: 2025 }, 2026)).toBe('pact.indicator.targetInPast');
    expect(refuseTarget({ value: 7, year: 2026 }, 2026)).toBeNull();
    expect(refuseValueYear(2027, 2026)).toBe('pact.indicator.valueInFuture');
  });
});

describe('figures as people type them', () => {
  it('reads Dutch and English decimals, thousands and percentages', () => {
    expect(parseFigure('6,4')).toBe(6.4);
    expect(parseFigure('6.4')).toBe(6.4);
    expect(parseFigure('15.336.000')).toBe(15_336_000);
    expect(parseFigure('77 %')).toBe(77);
    expect(parseFigure('-2,5')).toBe(-2.5);
    for (const bad of ['zeven', '6,4,1', '', '1e3']) expect(parseFigure(bad)).toBeNull();
  });
});

describe('chart geometry', () => {
  it('puts later years to the right and higher values higher, with the target line', () => {
    const g = chartGeometry(
      [
        { year: 2019, value: 6.4 },
        { year: 2023, value: 6.8 },
      ],
      { value: 7, year: 2027 },
    );
    const [a, b] = g.points;
    expect(a && b && b.x > a.x && b.y < a.y).toBe(true);
    expect(g.targetY).not.toBeNull();
    expect(g.targetY ?? 0).toBeLessThan(b?.y ?? 0);
    expect(g.years.map((y) => y.year)).toEqual([2019, 2023, 2027]);
    expect(g.ticks[0]?.value).toBe(0);
    expect(g.ticks.at(-1)?.value).toBeGreaterThanOrEqual(7);
  });

  it('draws a single value in the middle', () => {
    const g = chartGeometry([{ year: 2022, value: 77 }], null);
    expect(g.points[0]?.x).toBe((56 + 560 - 24) / 2);
  });
});

describe('process figures (SPEC.md E: computed live from the system)', () => {
  it('names the capabilities that give no figures yet', () => {
    expect(missingProcessTopics(['pact.meetingsHeld'])).toEqual(['questions', 'help', 'guide']);
    expect(missingProcessTopics(['questions.answeredInOrdinaryLife', 'guide.placesAssessed'])).toEqual(['help']);
  });
});

describe('a target whose year has passed', () => {
  it('is marked from the year after its target year, and never without a target', () => {
    expect(targetPassed({ value: 7, year: 2024 }, 2024)).toBe(false);
    expect(targetPassed({ value: 7, year: 2024 }, 2025)).toBe(true);
    expect(targetPassed(null, 2030)).toBe(false);
  });
});
