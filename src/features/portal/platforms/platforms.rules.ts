import type { RoleAssignment } from '../../../platform/auth/roles.rules.ts';
import { pactAccess } from '../../pact/index.ts';

/**
 * Seed 000 §5: "De regiegroep bepaalt welke digitale toepassingen worden ontsloten." So those
 * who decide in the district's steering group keep the list (the pact's `steer`), nobody else.
 */
export function mayKeepPlatforms(roles: readonly RoleAssignment[], districtId: string): boolean {
  return pactAccess(roles, districtId).steer;
}

/** A link residents follow from the portal: only a whole https address, without a name or password in it. */
export function linkProblem(link: string | null): string | null {
  if (link === null) return null;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return 'portal.platform.link.invalid';
  }
  if (url.protocol !== 'https:') return 'portal.platform.link.https';
  if (url.hostname === '' || !url.hostname.includes('.') || url.username !== '' || url.password !== '') {
    return 'portal.platform.link.invalid';
  }
  return null;
}

/** The steering group cannot have chosen something on a day still to come. */
export function chosenOnProblem(chosenOn: string | null, today: string): string | null {
  return chosenOn !== null && chosenOn > today ? 'portal.platform.chosenOn.future' : null;
}
