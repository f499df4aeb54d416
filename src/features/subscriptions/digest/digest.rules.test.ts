import { describe, expect, it } from 'vitest';
import { confirmationExpired, digestPeriod, isoWeekKey, selectDigest, type DigestCandidates } from './digest.rules.ts';

describe('digest period', () => {
  it('starts a week on Monday at seven, Amsterdam time, in winter and summer', () => {
    // Monday 7 December 2026, 07:30 in Amsterdam (UTC+1).
    const winter = digestPeriod('weekly', new Date('2026-12-07T06:30:00Z'));
    expect(winter).toEqual({
      key: '2026-W50',
      startsAt: '2026-12-07T06:00:00.000Z',
      endsAt: '2026-12-14T06:00:00.000Z',
      newSince: '2026-11-30T06:00:00.000Z',
    });
    // Monday 6 July 2026 at 06:30 in Amsterdam (UTC+2): still the week before.
    expect(digestPeriod('weekly', new Date('2026-07-06T04:30:00Z')).key).toBe('2026-W27');
    expect(digestPeriod('weekly', new Date('2026-07-06T05:00:00Z')).startsAt).toBe('2026-07-06T05:00:00.000Z');
  });

  it('crosses the change to summer time inside a week and counts ISO weeks across the new year', () => {
    const week = digestPeriod('weekly', new Date('2027-03-24T12:00:00Z'));
    expect(week.startsAt).toBe('2027-03-22T06:00:00.000Z');
    expect(week.endsAt).toBe('2027-03-29T05:00:00.000Z');
    expect(isoWeekKey('2026-12-28')).toBe('2026-W53');
    expect(isoWeekKey('2027-01-04')).toBe('2027-W01');
    expect(isoWeekKey('2024-12-30')).toBe('2025-W01');
  });

  it('makes a month from the 1st at seven, and before that it is still last month', () => {
    expect(digestPeriod('monthly', new Date('2027-01-01T05:59:00Z')).key).toBe('2026-12');
    const january = digestPeriod('monthly', new Date('2027-01-01T06:00:00Z'));
    expect(january).toEqual({
      key: '2027-01',
      startsAt: '2027-01-01T06:00:00.000Z',
      endsAt: '2027-02-01T06:00:00.000Z',
      newSince: '2026-12-01T06:00:00.000Z',
    });
  });
});

describe('digest content', () => {
  const now = new Date('2026-12-07T06:30:00Z');
  const period = digestPeriod('weekly', now);
  const candidates: DigestCandidates = {
    activities: [
      { id: 'koffie', title: 'Koffie', buurtId: 'sterrenwijk', startsAt: '2026-12-08T09:00:00.000Z' },
      { id: 'koffie', title: 'Koffie', buurtId: 'sterrenwijk', startsAt: '2026-12-10T09:00:00.000Z' },
      { id: 'markt', title: 'Markt', buurtId: null, startsAt: '2026-12-09T09:00:00.000Z' },
      { id: 'elders', title: 'Elders', buurtId: 'oudwijk', startsAt: '2026-12-08T10:00:00.000Z' },
      { id: 'voorbij', title: 'Voorbij', buurtId: 'sterrenwijk', startsAt: '2026-12-07T05:00:00.000Z' },
      { id: 'later', title: 'Later', buurtId: 'sterrenwijk', startsAt: '2026-12-15T09:00:00.000Z' },
    ],
    stories: [
      { id: 'oud', title: 'Oud', summary: '', buurtId: null, publishedAt: '2026-11-20T10:00:00.000Z' },
      { id: 'nieuw', title: 'Nieuw', summary: '', buurtId: 'sterrenwijk', publishedAt: '2026-12-03T10:00:00.000Z' },
      { id: 'nieuwer', title: 'Nieuwer', summary: '', buurtId: null, publishedAt: '2026-12-05T10:00:00.000Z' },
      { id: 'andere', title: 'Andere buurt', summary: '', buurtId: 'oudwijk', publishedAt: '2026-12-05T10:00:00.000Z' },
    ],
    offers: [
      { id: 'taal', name: 'Taalcafé', summary: '', buurtIds: ['sterrenwijk'], createdAt: '2026-12-01T10:00:00.000Z' },
      { id: 'overal', name: 'Overal', summary: '', buurtIds: [], createdAt: '2026-12-02T10:00:00.000Z' },
      { id: 'oudaanbod', name: 'Oud aanbod', summary: '', buurtIds: [], createdAt: '2026-10-02T10:00:00.000Z' },
    ],
  };

  it("gives a buurt its own and the district's things: coming activities once each, new stories and offers newest first", () => {
    const content = selectDigest(candidates, 'sterrenwijk', period, now);
    expect(content?.activities.map((a) => [a.id, a.moreDates])).toEqual([
      ['koffie', 1],
      ['markt', 0],
    ]);
    expect(content?.stories.map((s) => s.id)).toEqual(['nieuwer', 'nieuw']);
    expect(content?.offers.map((o) => o.id)).toEqual(['overal', 'taal']);
  });

  it('gives the whole district everything of the period', () => {
    const content = selectDigest(candidates, null, period, now);
    expect(content?.activities.map((a) => a.id)).toEqual(['koffie', 'elders', 'markt']);
    expect(content?.stories.map((s) => s.id)).toEqual(['nieuwer', 'andere', 'nieuw']);
  });

  it('sends nothing when there is nothing', () => {
    expect(selectDigest({ activities: [], stories: candidates.stories.slice(0, 1), offers: [] }, 'sterrenwijk', period, now)).toBeNull();
  });

  it('forgets an unconfirmed subscription after a week', () => {
    expect(confirmationExpired('2026-12-01T06:00:00.000Z', new Date('2026-12-08T05:00:00Z'))).toBe(false);
    expect(confirmationExpired('2026-12-01T06:00:00.000Z', new Date('2026-12-08T07:00:00Z'))).toBe(true);
  });
});
