/**
 * The cooperative's pools of people (seed 004): pool 1, residents who volunteer (neighbour
 * help's volunteers, kept there once), and pool 2, informal carers, experts by experience
 * and freelancers (ZZP'ers). Together with their talents they are the talent inventory.
 */
export const poolKinds = ['informal_carer', 'experience_expert', 'freelancer'] as const;
export type PoolKind = (typeof poolKinds)[number];
export const poolStatuses = ['active', 'paused', 'left'] as const;
export type PoolStatus = (typeof poolStatuses)[number];
/** Which pool someone is in: 1 (volunteer) or 2 (one of the kinds of pool 2). */
type PoolOf = 'volunteer' | PoolKind;

/** One person of the inventory, from either pool, as a coordinator finds them. */
export interface PoolPerson {
  userId: string;
  name: string;
  email: string;
  pool: PoolOf;
  buurtId: string;
  buurtName: string;
  talents: readonly string[];
  skills: string;
  availability: string;
  /** Paused or left people are not asked; they stay out of the search unless asked for. */
  active: boolean;
}

export interface PoolFilter {
  talent: string | null;
  buurtId: string | null;
  pool: 'all' | '1' | '2';
  /** Also show who paused (never who left: they are not in the list at all). */
  withPaused: boolean;
}

export const PAGE_SIZE = 25;

/** Whether a person fits the filter: the talent among theirs, their home buurt, their pool, and active unless asked. */
export function fitsFilter(person: PoolPerson, filter: PoolFilter): boolean {
  if (filter.talent !== null && !person.talents.includes(filter.talent)) return false;
  if (filter.buurtId !== null && person.buurtId !== filter.buurtId) return false;
  if (filter.pool === '1' && person.pool !== 'volunteer') return false;
  if (filter.pool === '2' && person.pool === 'volunteer') return false;
  return person.active || filter.withPaused;
}

/**
 * The people who fit, by name (then pool, so one person in both pools shows twice in a
 * fixed order), one page of them, and how many there are in all.
 */
export function searchPool(
  people: readonly PoolPerson[],
  filter: PoolFilter,
  page: number,
): { people: PoolPerson[]; total: number; pages: number; page: number } {
  const fit = people
    .filter((p) => fitsFilter(p, filter))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.pool.localeCompare(b.pool) || a.userId.localeCompare(b.userId));
  const pages = Math.max(1, Math.ceil(fit.length / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  return { people: fit.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE), total: fit.length, pages, page: current };
}

/** A pool-2 person changes their own standing: pause, take up again, or leave (for good; signing up again is a new start). */
export function refuseStanding(current: PoolStatus, wanted: PoolStatus): { code: string; field: string; status: 409 } | null {
  if (current === 'left') return { code: 'cooperative.pool.alreadyLeft', field: 'status', status: 409 };
  if (current === wanted) return { code: 'cooperative.pool.sameStatus', field: 'status', status: 409 };
  return null;
}
