import { describe, expect, it } from 'vitest';
import { isAdopted, refuseDecisionRecord, refuseSeat, type Seat } from './board.rules.ts';

describe('board rules', () => {
  const seats: Seat[] = [
    { memberId: 'a', body: 'daily', function: 'chair' },
    { memberId: 'b', body: 'audit', function: 'member' },
  ];
  const term = { termStart: '2026-01-01', termEnd: '2028-12-31' };
  it('has one chair per body, and nobody twice in one body', () => {
    expect(refuseSeat(seats, { memberId: 'c', body: 'daily', function: 'chair', ...term })?.code).toBe('cooperative.board.functionTaken');
    expect(refuseSeat(seats, { memberId: 'c', body: 'general', function: 'chair', ...term })).toBeNull();
    expect(refuseSeat(seats, { memberId: 'a', body: 'daily', function: 'member', ...term })?.code).toBe('cooperative.board.alreadySeated');
  });
  it('keeps the kascommissie apart from the board, without functions', () => {
    expect(refuseSeat(seats, { memberId: 'b', body: 'general', function: 'member', ...term })?.code).toBe(
      'cooperative.board.auditSeparate',
    );
    expect(refuseSeat(seats, { memberId: 'a', body: 'audit', function: 'member', ...term })?.code).toBe('cooperative.board.auditSeparate');
    expect(refuseSeat(seats, { memberId: 'c', body: 'audit', function: 'chair', ...term })?.field).toBe('function');
  });
  it('wants a term that ends after it starts', () => {
    expect(
      refuseSeat([], { memberId: 'c', body: 'general', function: 'member', termStart: '2026-01-01', termEnd: '2026-01-01' })?.field,
    ).toBe('termEnd');
  });
  it('records a decision with votes on a day that has been; adopted with more for than against', () => {
    const votes = { votesFor: 3, votesAgainst: 3, votesAbstained: 1 };
    expect(refuseDecisionRecord(votes, '2026-11-23', '2026-11-23')).toBeNull();
    expect(refuseDecisionRecord(votes, '2026-11-24', '2026-11-23')?.code).toBe('cooperative.decision.future');
    expect(refuseDecisionRecord({ votesFor: 0, votesAgainst: 0, votesAbstained: 0 }, '2026-11-01', '2026-11-23')?.field).toBe('votesFor');
    expect(isAdopted(votes)).toBe(false);
    expect(isAdopted({ ...votes, votesFor: 4 })).toBe(true);
  });
});
