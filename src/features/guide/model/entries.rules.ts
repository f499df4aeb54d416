import { may } from '../../../platform/auth/rights.rules.ts';
import type { RoleAssignment } from '../../../platform/auth/roles.rules.ts';

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
 * Those with the right `guide.edit` (coordinators, the wijkinformatiepunt, administrators) edit every entry of their district; a partner contact
 * edits the entries of their own organisation only.
 */
export function canEditEntry(roles: readonly RoleAssignment[], entry: { districtId: string; organizationId: string | null }): boolean {
  if (may(roles, 'guide.edit', { districtId: entry.districtId })) {
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
  if (may(roles, 'guide.edit', { districtId })) return 'all';
  return roles.flatMap((r) => (r.role === 'partner_contact' && r.districtId === districtId && r.organizationId ? [r.organizationId] : []));
}

/** Whether a person keeps any of the district's guide: all of it, or their organisation's entries. */
export function canManageGuide(roles: readonly RoleAssignment[], districtId: string): boolean {
  const allowed = editableOrganizations(roles, districtId);
  return allowed === 'all' || allowed.length > 0;
}

/** May this person add entries for this organisation (or, for null, entries of no organisation)? */
export function mayAddFor(roles: readonly RoleAssignment[], districtId: string, organizationId: string | null): boolean {
  const allowed = editableOrganizations(roles, districtId);
  return allowed === 'all' || (organizationId !== null && allowed.includes(organizationId));
}
