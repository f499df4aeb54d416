import { describe, expect, it } from 'vitest';
import { talents } from '../../help/index.ts';
import { computeGap, needs, needsOfRequest, talentNeeds } from './gap.rules.ts';

const empty = { surveyed: new Map<string, number>(), requests: [], volunteers: [], offers: new Map<string, number>() };

describe('the mapping of talents to needs', () => {
  it('maps every talent of neighbour help to at least one need', () => {
    for (const talent of talents) expect(talentNeeds[talent].length).toBeGreaterThan(0);
    for (const list of Object.values(talentNeeds)) for (const need of list) expect(needs).toContain(need);
  });

  it('maps a request by its talent, or by its kind before the coordinator checked it', () => {
    expect(needsOfRequest({ kind: 'service', talent: 'digital' })).toEqual(['digitaal']);
    expect(needsOfRequest({ kind: 'buddy', talent: null })).toEqual(['contact']);
    expect(needsOfRequest({ kind: 'odd_job', talent: null })).toEqual(['praktisch']);
    expect(needsOfRequest({ kind: 'unknown', talent: null })).toEqual([]);
  });
});

describe('the gap', () => {
  it('finds demand without supply, counting refused and unmatched requests', () => {
    const gap = computeGap({
      ...empty,
      surveyed: new Map([['digitaal', 3]]),
      requests: [
        { kind: 'service', talent: 'digital', unmet: true },
        { kind: 'service', talent: 'digital', unmet: false },
      ],
    });
    const digital = gap.rows.find((r) => r.need === 'digitaal');
    expect(digital).toMatchObject({ surveyed: 3, requests: 2, unmet: 1, demand: 5, supply: 0, status: 'gap' });
  });

  it('finds talents nobody asks for, and supply met by demand', () => {
    const gap = computeGap({
      ...empty,
      requests: [{ kind: 'odd_job', talent: 'garden', unmet: false }],
      volunteers: [['garden', 'walk'], ['walk'], ['repairs']],
    });
    // Walking answers contact and exercise, which nobody asked for; repairs answers a practical need, which was asked.
    expect(gap.unaskedTalents).toEqual([{ talent: 'walk', volunteers: 2 }]);
    expect(gap.rows.find((r) => r.need === 'praktisch')).toMatchObject({ demand: 1, volunteers: 2, status: 'met' });
    expect(gap.rows.find((r) => r.need === 'bewegen')).toMatchObject({ demand: 0, supply: 2, status: 'unasked' });
  });

  it('counts the guide offers as supply, and a need with neither as none', () => {
    const gap = computeGap({ ...empty, surveyed: new Map([['geld', 4]]), offers: new Map([['geld', 2]]) });
    expect(gap.rows.find((r) => r.need === 'geld')).toMatchObject({ offers: 2, status: 'met' });
    expect(gap.rows.find((r) => r.need === 'wonen')?.status).toBe('none');
  });
});
