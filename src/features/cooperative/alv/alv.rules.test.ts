import { describe, expect, it } from 'vitest';
import { refusePdf } from './documents.rules.ts';
import {
  defaultAlvSettings,
  hasStarted,
  mayOnBoard,
  quorum,
  refuseOpening,
  refuseConvening,
  refuseCounts,
  refuseProxy,
  refuseWithdrawal,
  represented,
  tally,
  votersFor,
} from './alv.rules.ts';

const now = new Date('2026-03-01T10:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 24 * 60 * 60 * 1000);
const proxy = {
  principalId: 'a',
  holderId: 'b',
  principalIsMember: true,
  started: false,
  proxies: [] as { principalId: string; holderId: string }[],
  maxProxies: 1,
};

describe('ALV rules', () => {
  it('refuses convening sooner than the notice period, and takes exactly the period', () => {
    expect(refuseConvening(days(13), now, defaultAlvSettings)?.code).toBe('cooperative.alv.tooLate');
    expect(refuseConvening(days(14), now, defaultAlvSettings)).toBeNull();
    expect(refuseConvening(days(20), now, { ...defaultAlvSettings, noticeDays: 21 })?.params).toEqual({ days: 21 });
  });

  it('starts when the chair opens it, at the earliest 12 hours ahead, or at its time', () => {
    const alv = { startsAt: days(1).toISOString(), openedAt: null };
    expect(hasStarted(alv, now)).toBe(false);
    expect(hasStarted(alv, days(1))).toBe(true);
    expect(hasStarted({ ...alv, openedAt: now.toISOString() }, now)).toBe(true);
    expect(refuseOpening(alv, now)?.code).toBe('cooperative.alv.open.tooEarly');
    expect(refuseOpening(alv, new Date(days(1).getTime() - 12 * 60 * 60 * 1000))).toBeNull();
    expect(refuseOpening({ ...alv, openedAt: now.toISOString() }, days(1))?.code).toBe('cooperative.alv.open.already');
  });

  it('takes one proxy per holder by default and refuses the second, oneself, a non-member and a late one', () => {
    expect(refuseProxy(proxy)).toBeNull();
    const taken = [{ principalId: 'c', holderId: 'b' }];
    expect(refuseProxy({ ...proxy, proxies: taken })?.code).toBe('cooperative.alv.proxy.full');
    expect(refuseProxy({ ...proxy, proxies: taken, maxProxies: 2 })).toBeNull();
    expect(refuseProxy({ ...proxy, holderId: 'a' })?.code).toBe('cooperative.alv.proxy.self');
    expect(refuseProxy({ ...proxy, holderId: undefined })?.code).toBe('cooperative.alv.proxy.notMember');
    expect(refuseProxy({ ...proxy, principalIsMember: false })?.code).toBe('cooperative.alv.proxy.principalNotMember');
    expect(refuseProxy({ ...proxy, started: true })?.code).toBe('cooperative.alv.proxy.started');
    expect(refuseProxy({ ...proxy, proxies: [{ principalId: 'a', holderId: 'd' }], maxProxies: 5 })?.code).toBe(
      'cooperative.alv.proxy.already',
    );
    expect(refuseProxy({ ...proxy, proxies: [{ principalId: 'b', holderId: 'd' }], maxProxies: 5 })?.code).toBe(
      'cooperative.alv.proxy.holderGave',
    );
  });

  it('counts a proxy only when its holder came and its principal did not', () => {
    const proxies = [
      { principalId: 'a', holderId: 'b' },
      { principalId: 'c', holderId: 'd' },
      { principalId: 'e', holderId: 'f' },
    ];
    expect(represented(new Set(['b', 'c', 'd']), proxies)).toEqual(['a']);
    expect(votersFor('b', new Set(['b']), proxies)).toEqual(['b', 'a']);
    expect(votersFor('d', new Set(['c', 'd']), proxies)).toEqual(['d']);
  });

  it('needs no quorum by default, and the set share of present plus represented members otherwise', () => {
    expect(quorum(60, 0, 0, defaultAlvSettings)).toMatchObject({ needed: 0, met: true });
    const settings = { ...defaultAlvSettings, quorumPercent: 10 };
    expect(quorum(61, 5, 1, settings)).toMatchObject({ needed: 7, met: false });
    expect(quorum(61, 6, 1, settings)).toMatchObject({ needed: 7, met: true });
  });

  it('tallies votes and refuses counts with no votes or more than may vote', () => {
    expect(tally([{ choice: 'for' }, { choice: 'for' }, { choice: 'abstained' }])).toEqual({
      votesFor: 2,
      votesAgainst: 0,
      votesAbstained: 1,
    });
    expect(refuseCounts({ votesFor: 0, votesAgainst: 0, votesAbstained: 0 }, 10)?.code).toBe('cooperative.alv.vote.noVotes');
    expect(refuseCounts({ votesFor: 8, votesAgainst: 2, votesAbstained: 1 }, 10)?.code).toBe('cooperative.alv.vote.tooMany');
    expect(refuseCounts({ votesFor: 8, votesAgainst: 2, votesAbstained: 0 }, 10)).toBeNull();
  });
});

describe('who on the board convenes, and taking back a proxy', () => {
  it('lets the secretary or the chair of a board convene, not the treasurer, a plain board member or the kascommissie', () => {
    expect(mayOnBoard('convene', [{ body: 'daily', function: 'secretary' }])).toBe(true);
    expect(mayOnBoard('convene', [{ body: 'general', function: 'chair' }])).toBe(true);
    expect(mayOnBoard('convene', [{ body: 'daily', function: 'treasurer' }])).toBe(false);
    expect(mayOnBoard('convene', [{ body: 'general', function: 'member' }])).toBe(false);
    expect(mayOnBoard('convene', [{ body: 'audit', function: 'chair' }])).toBe(false);
    expect(mayOnBoard('convene', [])).toBe(false);
  });

  it('takes back a proxy that was given, only before the meeting starts', () => {
    expect(refuseWithdrawal({ gave: true, started: false })).toBeNull();
    expect(refuseWithdrawal({ gave: true, started: true })?.code).toBe('cooperative.alv.proxy.withdrawStarted');
    expect(refuseWithdrawal({ gave: false, started: false })?.code).toBe('cooperative.alv.proxy.noneGiven');
  });
});

describe('ALV documents', () => {
  it('takes a PDF by its first bytes within the size limit', () => {
    expect(refusePdf({ bytes: Buffer.from('%PDF-1.7\n'), truncated: false })).toBeNull();
    expect(refusePdf({ bytes: Buffer.from('GIF89a'), truncated: false })?.code).toBe('cooperative.alv.doc.notPdf');
    expect(refusePdf({ bytes: Buffer.from('%PDF-1.7\n'), truncated: true })?.code).toBe('cooperative.alv.doc.tooBig');
  });
});
