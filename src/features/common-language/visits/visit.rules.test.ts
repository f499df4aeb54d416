import { describe, expect, it } from 'vitest';
import { isDue, pageOf, visitProblems } from './visit.rules.ts';
import type { VisitInput } from './visit.schema.ts';

const visit: VisitInput = {
  visitedOn: '2026-11-20',
  place: 'home',
  walkIn: null,
  buurt: 'sterrenwijk',
  consent: false,
  name: null,
  email: null,
  phone: null,
  coreKnow: null,
  coreAchieve: 'Weer onder de mensen komen',
  coreNeed: null,
  coreSelf: null,
  coreContribute: null,
  coreTalent: null,
  coreInvite: false,
  agreed: null,
  nextStep: null,
  nextStepOn: null,
};
const fields = (input: VisitInput) => visitProblems(input, '2026-11-23', new Set(['punt-1'])).map((p) => p.field);

describe('a buurt assistant visit', () => {
  it('takes a visit of today or earlier, without anything personal', () => {
    expect(fields(visit)).toEqual([]);
    expect(fields({ ...visit, visitedOn: '2026-11-23' })).toEqual([]);
    expect(fields({ ...visit, visitedOn: '2026-11-24' })).toEqual(['visitedOn']);
  });

  it('stores nothing personal without consent', () => {
    expect(fields({ ...visit, name: 'Bewoner Voorbeeld' })).toEqual(['consent']);
    expect(fields({ ...visit, phone: '06 0000 0000' })).toEqual(['consent']);
    expect(fields({ ...visit, consent: true, name: 'Bewoner Voorbeeld' })).toEqual([]);
  });

  it('needs the walk-in point for a visit at one, and something written down', () => {
    expect(fields({ ...visit, place: 'walk_in' })).toEqual(['walkIn']);
    expect(fields({ ...visit, place: 'walk_in', walkIn: 'ergens' })).toEqual(['walkIn']);
    expect(fields({ ...visit, place: 'walk_in', walkIn: 'punt-1' })).toEqual([]);
    expect(fields({ ...visit, coreAchieve: null })).toEqual(['coreKnow']);
    expect(fields({ ...visit, coreAchieve: null, agreed: 'Samen naar de koffieochtend' })).toEqual([]);
  });

  it('wants a next step and its date together, not before the visit', () => {
    expect(fields({ ...visit, nextStep: 'Opnieuw langs' })).toEqual(['nextStepOn']);
    expect(fields({ ...visit, nextStepOn: '2026-11-30' })).toEqual(['nextStep']);
    expect(fields({ ...visit, nextStep: 'Opnieuw langs', nextStepOn: '2026-11-19' })).toEqual(['nextStepOn']);
    expect(fields({ ...visit, nextStep: 'Opnieuw langs', nextStepOn: '2026-11-30' })).toEqual([]);
  });

  it('invites to the volunteer pool only with consent, an offer and a way to reach', () => {
    const offer = { ...visit, coreTalent: 'Tuinieren', coreInvite: true };
    expect(fields(offer)).toEqual(['consent']);
    expect(fields({ ...offer, consent: true, name: 'Bewoner Voorbeeld' })).toEqual(['email']);
    expect(fields({ ...offer, consent: true, name: 'Bewoner Voorbeeld', phone: '06 0000 0000' })).toEqual([]);
  });

  it('marks a next step due on its day and after', () => {
    expect(isDue('2026-11-23', '2026-11-23')).toBe(true);
    expect(isDue('2026-11-24', '2026-11-23')).toBe(false);
    expect(isDue(null, '2026-11-23')).toBe(false);
  });

  it('pages a list and keeps the page within it', () => {
    expect(pageOf(0, 25, 1)).toEqual({ page: 1, pageCount: 1, offset: 0 });
    expect(pageOf(60, 25, 3)).toEqual({ page: 3, pageCount: 3, offset: 50 });
    expect(pageOf(60, 25, 9)).toEqual({ page: 3, pageCount: 3, offset: 50 });
  });
});
