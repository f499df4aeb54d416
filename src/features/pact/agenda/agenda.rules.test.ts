import { describe, expect, it } from 'vitest';
import { compareVersions, euroInput, parseEuros, refuseChange, type ProjectShape } from './agenda.rules.ts';

describe('budgets in euros', () => {
  it('reads amounts as people type them, in cents', () => {
    expect(parseEuros('1500')).toBe(150_000);
    expect(parseEuros('1.250,50')).toBe(125_050);
    expect(parseEuros('€ 800')).toBe(80_000);
    expect(parseEuros('2500.75')).toBe(250_075);
    expect(parseEuros('3360 euro')).toBe(336_000);
    expect(parseEuros('0,5')).toBe(50);
  });

  it('refuses a budget that is not a number', () => {
    for (const bad of ['veel', '12a', '1,2,3', '', '-5', '1.2.3,4', '1e6']) expect(parseEuros(bad)).toBeNull();
  });

  it('writes cents back the way they are typed', () => {
    expect(euroInput(125_050)).toBe('1250,50');
    expect(euroInput(150_000)).toBe('1500');
  });
});

const project = (over: Partial<ProjectShape> = {}): ProjectShape => ({
  key: 'k1',
  title: 'Buurtcampus',
  description: '',
  challenges: ['c'],
  owners: ['hu', 'roc'],
  budgetCents: 100_000,
  budgetSource: 'Initiatievenfonds',
  status: 'planned',
  ...over,
});

describe('agenda versions (seed 000 §5: the steering group adopts the wijkagenda each year)', () => {
  it('keeps an adopted version as it was: no changes, no progress notes', () => {
    expect(refuseChange({ adoptedOn: '2026-03-12' })).toBe('pact.agenda.frozen');
    expect(refuseChange({ adoptedOn: null })).toBeNull();
  });

  it('shows later changes against the adopted version', () => {
    const adopted = [project(), project({ key: 'k2', title: 'Wijkportaal' })];
    const current = [
      project({ status: 'running', owners: ['roc', 'hu'], budgetCents: 120_000 }),
      project({ key: 'k3', title: 'Gezondheidsevenement' }),
    ];
    expect(compareVersions(adopted, current)).toEqual([
      { key: 'k1', kind: 'changed', fields: ['budget', 'status'] },
      { key: 'k3', kind: 'added', fields: [] },
      { key: 'k2', kind: 'removed', fields: [] },
    ]);
    expect(compareVersions(adopted, adopted)).toEqual([]);
  });
});
