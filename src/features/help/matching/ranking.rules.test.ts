import { describe, expect, it } from 'vitest';
import { oostRules } from '../demo/help.demo.ts';
import { rankCandidates, type Candidate, type RankRequest } from './ranking.rules.ts';
import { slotsOf } from '../shared/time.rules.ts';

const request: RankRequest = {
  kind: 'service',
  talent: 'groceries',
  buurtId: 'sterrenwijk',
  street: 'kastanjelaan',
  wishedSlots: slotsOf(['tue'], ['afternoon']),
  neighbourIds: new Set(['watervogelbuurt']),
};

const volunteer = (id: string, overrides: Partial<Candidate> = {}): Candidate => ({
  volunteerId: id,
  name: id,
  buurtId: 'sterrenwijk',
  street: 'iepstraat',
  talents: ['groceries'],
  availability: slotsOf(['tue'], ['afternoon']),
  reach: 'district',
  active: true,
  vogOnFile: false,
  currentServices: 0,
  helpedBefore: false,
  declined: false,
  ...overrides,
});

const order = (candidates: Candidate[], r: RankRequest = request) => rankCandidates(oostRules, r, candidates).map((c) => c.volunteerId);

describe('seed 004, Vrijwilligers: "De diensten worden uitgevoerd door vrijwilligers die in de buurt van de hulpvrager wonen"', () => {
  it('puts same street before same buurt before a neighbouring buurt before the rest of the district', () => {
    const ranked = order([
      volunteer('district', { buurtId: 'de-uithof' }),
      volunteer('neighbour', { buurtId: 'watervogelbuurt' }),
      volunteer('buurt'),
      volunteer('street', { street: 'kastanjelaan' }),
    ]);
    expect(ranked).toEqual(['street', 'buurt', 'neighbour', 'district']);
  });

  it('respects how far a volunteer will go', () => {
    const ranked = order([
      volunteer('only-own-street', { reach: 'street' }),
      volunteer('own-buurt', { reach: 'buurt', buurtId: 'watervogelbuurt' }),
      volunteer('neighbours', { reach: 'neighbours', buurtId: 'watervogelbuurt' }),
    ]);
    expect(ranked).toEqual(['neighbours']);
  });
});

describe('ranking within the same distance', () => {
  it('prefers who is free at the wished time', () => {
    expect(order([volunteer('evenings', { availability: slotsOf([], ['evening']) }), volunteer('tuesday')])).toEqual([
      'tuesday',
      'evenings',
    ]);
  });

  it('prefers who helped this requester before (continuity)', () => {
    expect(order([volunteer('a'), volunteer('b', { helpedBefore: true })])).toEqual(['b', 'a']);
  });

  it('spreads the load: fewer current services first', () => {
    expect(order([volunteer('busy', { currentServices: 2 }), volunteer('free')])).toEqual(['free', 'busy']);
  });

  it('keeps nearness above everything else', () => {
    const far = volunteer('far', { buurtId: 'watervogelbuurt', helpedBefore: true });
    const near = volunteer('near', { availability: 0, currentServices: 3 });
    expect(order([far, near])).toEqual(['near', 'far']);
  });

  it('gives the reasons in words for the coordinator', () => {
    const [first] = rankCandidates(oostRules, request, [
      volunteer('a', { street: 'kastanjelaan', helpedBefore: true, currentServices: 1 }),
    ]);
    expect(first?.reasons.map((r) => r.key)).toEqual([
      'help.reason.talent',
      'help.reason.street',
      'help.reason.available',
      'help.reason.load',
      'help.reason.continuity',
    ]);
  });
});

describe('who is not a candidate', () => {
  it('leaves out paused volunteers, those without the talent, those who declined, and (for home visits) those without a VOG', () => {
    const homeVisit = { ...request, talent: 'home_visit' as const };
    const ranked = order(
      [
        volunteer('paused', { active: false, talents: ['home_visit'], vogOnFile: true }),
        volunteer('no-talent', { talents: ['walk'], vogOnFile: true }),
        volunteer('declined', { talents: ['home_visit'], vogOnFile: true, declined: true }),
        volunteer('no-vog', { talents: ['home_visit'] }),
        volunteer('ok', { talents: ['home_visit'], vogOnFile: true }),
      ],
      homeVisit,
    );
    expect(ranked).toEqual(['ok']);
  });

  it('matches any talent of the kind when the request names none', () => {
    expect(
      order([volunteer('walker', { talents: ['walk'] }), volunteer('gardener', { talents: ['garden'] })], { ...request, talent: null }),
    ).toEqual(['walker']);
  });
});
