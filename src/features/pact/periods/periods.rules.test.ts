import { describe, expect, it } from 'vitest';
import { phaseOf, refuseClose, refuseDraft, refuseStart, tally, type PeriodDates } from './periods.rules.ts';

const oost: PeriodDates = { startsOn: '2022-01-01', endsOn: '2024-12-31', status: 'running' };
const subjects = [
  { kind: 'commitment' as const, key: 'a' },
  { kind: 'indicator' as const, key: 'ind-1' },
];

describe('pact periods', () => {
  it('says a running period whose last day has passed has ended', () => {
    expect(phaseOf(oost, '2024-06-01')).toBe('running');
    expect(phaseOf(oost, '2025-01-01')).toBe('ended');
    expect(phaseOf({ ...oost, status: 'closed' }, '2026-01-01')).toBe('closed');
    expect(phaseOf({ ...oost, status: 'draft' }, '2026-01-01')).toBe('draft');
  });

  it('closes in the last year or later, with a verdict for every commitment and indicator', () => {
    expect(refuseClose(oost, '2023-12-31', subjects, {})).toEqual({ _form: 'pact.period.tooEarly' });
    expect(refuseClose(oost, '2024-03-01', subjects, { c_a: 'met' })).toEqual({ 'i_ind-1': 'pact.period.verdictMissing' });
    expect(refuseClose(oost, '2026-11-30', subjects, { c_a: 'met', 'i_ind-1': 'wel zo ongeveer' })).toEqual({
      'i_ind-1': 'pact.period.verdictMissing',
    });
    expect(refuseClose(oost, '2026-11-30', subjects, { c_a: 'partly', 'i_ind-1': 'not' })).toEqual({});
    expect(refuseClose({ ...oost, status: 'closed' }, '2026-11-30', subjects, {})).toEqual({ _form: 'pact.period.notRunning' });
  });

  it('counts the verdicts', () => {
    expect(tally([{ verdict: 'met' }, { verdict: 'met' }, { verdict: 'not' }])).toEqual({ met: 2, partly: 0, not: 1 });
  });

  it('drafts one new period at a time, after the earlier ones, and starts it once they are closed', () => {
    expect(refuseDraft([oost], { startsOn: '2025-01-01', endsOn: '2027-12-31' })).toBeNull();
    expect(refuseDraft([oost], { startsOn: '2024-06-01', endsOn: '2027-12-31' })).toBe('pact.period.overlaps');
    expect(refuseDraft([oost], { startsOn: '2027-01-01', endsOn: '2025-12-31' })).toBe('pact.period.endBeforeStart');
    const draft: PeriodDates = { startsOn: '2025-01-01', endsOn: '2027-12-31', status: 'draft' };
    expect(refuseDraft([oost, draft], { startsOn: '2028-01-01', endsOn: '2030-12-31' })).toBe('pact.period.draftExists');
    expect(refuseStart(draft, [oost])).toBe('pact.period.earlierOpen');
    expect(refuseStart(draft, [{ ...oost, status: 'closed' }])).toBeNull();
    expect(refuseStart(oost, [])).toBe('pact.period.notDraft');
  });
});
