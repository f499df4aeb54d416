import { hasRole, type RoleAssignment } from '../../../platform/auth/roles.rules.ts';

/** A question and answer for one district, or for the whole city (every Thuis in je Wijk district shows it). */
export const qaScopes = ['district', 'city'] as const;
export type QaScope = (typeof qaScopes)[number];

/**
 * Coordinators (and administrators) of the district keep its own items; the city-wide items
 * belong to no one district, so only an administrator of every district keeps them.
 */
export function mayKeepQa(roles: readonly RoleAssignment[], districtId: string, scope: QaScope): boolean {
  if (scope === 'city') return roles.some((r) => r.role === 'administrator' && r.districtId === null);
  return (
    roles.some((r) => r.role === 'coordinator' && r.buurtId === null && r.districtId === districtId) ||
    hasRole(roles, ['administrator'], { districtId })
  );
}

/** Lower case, without accents, letters and digits only: "Wat kost een klus?" → "wat kost een klus". */
export function normalized(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What the search box compares with: the question and the answer together. */
export function searchTextOf(question: string, answer: string): string {
  return ` ${normalized(`${question} ${answer}`)} `;
}

/** Short words say little ("de", "en"); at most six words, each once. */
export function searchWordsOf(typed: string): string[] {
  const words = normalized(typed)
    .split(' ')
    .filter((w) => w.length >= 3);
  return [...new Set(words)].slice(0, 6);
}
