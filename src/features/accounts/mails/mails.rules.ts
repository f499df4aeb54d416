import { districtsOf, type RoleAssignment } from '../../../platform/auth/roles.rules.ts';

/** The districts whose failing mails someone may see and send again; `'all'` includes mails of no district. */
export type MailScope = 'all' | string[];

/**
 * An administrator of every district sees every failing mail; an administrator of some
 * districts those of their districts; anyone else none (null).
 */
export function mailScope(roles: readonly RoleAssignment[]): MailScope | null {
  const scope = districtsOf(roles.filter((r) => r.role === 'administrator'));
  return scope === 'all' || scope.length > 0 ? scope : null;
}

/** How many failing mails the page lists, newest first. */
export const LISTED_MAILS = 100;
