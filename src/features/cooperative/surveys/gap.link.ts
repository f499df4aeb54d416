import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { mayInCooperative } from '../shared/access.rules.ts';
import { findCooperative } from '../shared/cooperative.repository.ts';

/**
 * Where the steering group finds the gap between needs and supply beside the monitoring: the
 * link for the pact's results page, or null for someone who may not see it or a district
 * without a cooperative.
 */
export async function gapLinkFor(
  db: DbOrTx,
  district: District,
  user: CurrentUser | null,
): Promise<{ href: string; label: string } | null> {
  if (user === null || !mayInCooperative(user.roles, 'insight', district.id)) return null;
  if ((await findCooperative(db, district.id)) === undefined) return null;
  return { href: `/${district.slug}/cooperatie/vraag-en-aanbod`, label: 'cooperative.gap.monitoring' };
}
