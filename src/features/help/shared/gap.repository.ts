import type { DbOrTx } from '../../../platform/db/schema.ts';
import { talentsOfMask } from './talents.rules.ts';

/** Still waiting for a volunteer: checked or proposed, but nobody said yes yet. */
const waiting = ['new', 'checked', 'matching'];

/**
 * The help asked for in one buurt, for the cooperative's needs-and-supply view: each request's
 * kind and talent, and whether it went unmet (declined, or still waiting for a volunteer).
 * Withdrawn requests are left out: the resident no longer asks. No names leave this function.
 */
export async function helpAskedInBuurt(
  db: DbOrTx,
  districtId: string,
  buurtId: string,
): Promise<{ kind: string; talent: string | null; unmet: boolean }[]> {
  const rows = await db
    .selectFrom('help_requests')
    .select(['kind', 'talent', 'status'])
    .where('district_id', '=', districtId)
    .where('buurt_id', '=', buurtId)
    .where('status', '!=', 'withdrawn')
    .execute();
  return rows.map((r) => ({ kind: r.kind, talent: r.talent, unmet: r.status === 'declined' || waiting.includes(r.status) }));
}

/** The talents of each active volunteer who lives in the buurt. */
export async function volunteerTalentsInBuurt(db: DbOrTx, districtId: string, buurtId: string): Promise<string[][]> {
  const rows = await db
    .selectFrom('help_volunteers')
    .select('talents')
    .where('district_id', '=', districtId)
    .where('buurt_id', '=', buurtId)
    .where('active', '=', 1)
    .execute();
  return rows.map((r) => talentsOfMask(r.talents));
}
