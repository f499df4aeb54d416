import { describe, expect, it } from 'vitest';
import { reachableFirst, type Reach } from './reach.rules.ts';

const reach = (over: Partial<Reach>): Reach => ({
  name: 'x',
  description: '',
  places: [],
  phones: [],
  contact: null,
  schedules: [],
  ...over,
});

describe('reachableFirst', () => {
  it('puts the results a visitor can call, ask for or walk in to before the rest, keeping their order', () => {
    const hits = [{ entryId: 'school' }, { entryId: 'klussen' }, { entryId: 'none' }, { entryId: 'cafe' }];
    const known = new Map<string, Reach>([
      ['school', reach({})],
      ['klussen', reach({ phones: [{ number: '030 000 0007', description: '' }] as Reach['phones'] })],
      ['cafe', reach({ places: [{ id: 'p' }] as unknown as Reach['places'] })],
    ]);
    expect(reachableFirst(hits, known).map((h) => h.entryId)).toEqual(['klussen', 'cafe', 'school', 'none']);
  });
});
