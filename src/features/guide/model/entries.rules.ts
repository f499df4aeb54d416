import { hasRole, type RoleAssignment } from '../../../platform/auth/roles.rules.ts';

/** Seed 000 §8 and the issue: every entry is checked by its owner at least once a year. */
const VERIFY_EVERY_MONTHS = 12;
/** A stale entry's owners are reminded again after this many days if nothing happened. */
const REMIND_AGAIN_DAYS = 30;

function addMonths(iso: string, months: number): Date {
  const date = new Date(iso);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date;
}

export interface Verifiable {
  lastVerifiedAt: string | null;
  createdAt: string;
}

/** The moment an entry goes stale: a year after it was last verified (or made, if never verified). */
function staleFrom(entry: Verifiable): Date {
  return addMonths(entry.lastVerifiedAt ?? entry.createdAt, VERIFY_EVERY_MONTHS);
}

/** An entry not verified for a year is stale: it is flagged on its page and its owners are reminded. */
export function isStale(entry: Verifiable, now: Date): boolean {
  return now.getTime() >= staleFrom(entry).getTime();
}

/** Remind when stale and not yet reminded since it went stale, or last reminded a month ago. */
export function reminderDue(entry: Verifiable & { remindedAt: string | null }, now: Date): boolean {
  if (!isStale(entry, now)) return false;
  if (entry.remindedAt === null || Date.parse(entry.remindedAt) < staleFrom(entry).getTime()) return true;
  return now.getTime() - Date.parse(entry.remindedAt) >= REMIND_AGAIN_DAYS * 86_400_000;
}

/**
 * Coordinators (and administrators) edit every entry of their district; a partner contact
 * edits the entries of their own organisation only.
 */
export function canEditEntry(roles: readonly RoleAssignment[], entry: { districtId: string; organizationId: string | null }): boolean {
  if (hasRole(roles, ['coordinator', 'administrator'], { districtId: entry.districtId })) {
    // A buurt coordinator is a coordinator of the district's guide as well: the guide is district-wide.
    return true;
  }
  return (
    entry.organizationId !== null &&
    roles.some((r) => r.role === 'partner_contact' && r.districtId === entry.districtId && r.organizationId === entry.organizationId)
  );
}

/** The organisations a person may add entries for: all of the district, or their own. */
export function editableOrganizations(roles: readonly RoleAssignment[], districtId: string): 'all' | string[] {
  if (hasRole(roles, ['coordinator', 'administrator'], { districtId })) return 'all';
  return roles.flatMap((r) => (r.role === 'partner_contact' && r.districtId === districtId && r.organizationId ? [r.organizationId] : []));
}

/** What an expert by experience assesses (seed 003 annex 2); each scores 3 good, 2 could be better, 1 not good. */
export const assessmentDimensions = ['physical', 'financial', 'welcome'] as const;
export type AssessmentDimension = (typeof assessmentDimensions)[number];

/** The word and symbol of a score, so it is never told by colour alone. */
export function scoreLevel(score: number): { level: 'good' | 'fair' | 'poor'; symbol: string } {
  if (score >= 3) return { level: 'good', symbol: '✔' };
  if (score === 2) return { level: 'fair', symbol: '●' };
  return { level: 'poor', symbol: '✘' };
}

/** A place counts as accessible on a dimension when its latest assessment says "good" there. */
export function passes(score: number | null): boolean {
  return score !== null && score >= 3;
}

export const costKinds = ['free', 'amount', 'ask'] as const;

/** "€ 4,50" from 450 cents, in Dutch notation. */
export function euros(cents: number): string {
  return `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;
}

/** "4,50" or "4.50" → 450 cents; null when it is not an amount of money. */
export function centsOf(text: string): number | null {
  const match = /^\s*(?:€\s*)?(\d{1,5})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}
