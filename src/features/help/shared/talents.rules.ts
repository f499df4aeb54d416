/** The kinds of help neighbour help knows, and the talents volunteers offer (seed 004). */

export const kinds = ['service', 'odd_job', 'buddy'] as const;
export type Kind = (typeof kinds)[number];

/** The shared list of kinds of help: free services, odd jobs (klussen) and buddies (maatje). */
export const talentKinds = {
  walk: 'service',
  home_visit: 'service',
  groceries: 'service',
  waste: 'service',
  digital: 'service',
  repairs: 'odd_job',
  garden: 'odd_job',
  transport: 'odd_job',
  buddy: 'buddy',
} as const satisfies Record<string, Kind>;
export type Talent = keyof typeof talentKinds;
export const talents = Object.keys(talentKinds) as [Talent, ...Talent[]];

/** Help given inside someone's home: where a cooperative asks for a certificate of conduct (VOG). */
export const inHomeTalents: readonly Talent[] = ['home_visit', 'digital', 'repairs'];

export const frequencies = ['once', 'few', 'long_running'] as const;
export type Frequency = (typeof frequencies)[number];

export function isTalent(value: string | null): value is Talent {
  return value !== null && value in talentKinds;
}

/** Talents as a bit mask (bit i is `talents[i]`), so one indexed column answers "who can do this". */
export function talentMask(list: readonly Talent[]): number {
  return list.reduce((mask, t) => mask | (1 << talents.indexOf(t)), 0);
}

export function talentsOfMask(mask: number): Talent[] {
  return talents.filter((_, i) => (mask & (1 << i)) !== 0);
}

export function talentsOfKind(kind: Kind): Talent[] {
  return talents.filter((t) => talentKinds[t] === kind);
}

export function talentFits(kind: Kind, talent: Talent | null, offered: readonly Talent[]): boolean {
  return talent === null ? offered.some((t) => talentKinds[t] === kind) : offered.includes(talent);
}
