import { describe, expect, it } from 'vitest';
import { fitsFilter, PAGE_SIZE, refuseStanding, searchPool, type PoolFilter, type PoolPerson } from './pools.rules.ts';

const person = (over: Partial<PoolPerson>): PoolPerson => ({
  userId: 'u1',
  name: 'Anna',
  email: 'anna@voorbeeld.example',
  pool: 'volunteer',
  buurtId: 'b1',
  buurtName: 'Sterrenwijk',
  talents: ['walk', 'digital'],
  skills: '',
  availability: '',
  active: true,
  ...over,
});
const all: PoolFilter = { talent: null, buurtId: null, pool: 'all', withPaused: false };

describe('the talent inventory', () => {
  it('finds people by talent and home buurt', () => {
    expect(fitsFilter(person({}), { ...all, talent: 'digital' })).toBe(true);
    expect(fitsFilter(person({}), { ...all, talent: 'garden' })).toBe(false);
    expect(fitsFilter(person({}), { ...all, talent: 'digital', buurtId: 'b1' })).toBe(true);
    expect(fitsFilter(person({}), { ...all, talent: 'digital', buurtId: 'b2' })).toBe(false);
  });

  it('keeps pool 1 and pool 2 apart when asked', () => {
    const carer = person({ pool: 'informal_carer' });
    expect(fitsFilter(carer, { ...all, pool: '2' })).toBe(true);
    expect(fitsFilter(carer, { ...all, pool: '1' })).toBe(false);
    expect(fitsFilter(person({}), { ...all, pool: '2' })).toBe(false);
  });

  it('leaves out who paused unless asked for', () => {
    const paused = person({ active: false });
    expect(fitsFilter(paused, all)).toBe(false);
    expect(fitsFilter(paused, { ...all, withPaused: true })).toBe(true);
  });

  it('pages by name, and a page past the end shows the last page', () => {
    const many = Array.from({ length: PAGE_SIZE + 3 }, (_, i) => person({ userId: `u${i}`, name: `Naam ${String(i).padStart(2, '0')}` }));
    const first = searchPool(many, all, 1);
    expect(first.total).toBe(PAGE_SIZE + 3);
    expect(first.pages).toBe(2);
    expect(first.people[0]?.name).toBe('Naam 00');
    const last = searchPool(many, all, 9);
    expect(last.page).toBe(2);
    expect(last.people.map((p) => p.name)).toEqual(['Naam 25', 'Naam 26', 'Naam 27']);
  });

  it('lets a person pause and come back, but not come back after leaving', () => {
    expect(refuseStanding('active', 'paused')).toBeNull();
    expect(refuseStanding('paused', 'active')).toBeNull();
    expect(refuseStanding('paused', 'paused')?.code).toBe('cooperative.pool.sameStatus');
    expect(refuseStanding('left', 'active')?.code).toBe('cooperative.pool.alreadyLeft');
  });
});
