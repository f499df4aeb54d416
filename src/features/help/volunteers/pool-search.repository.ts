import { sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { talentMask, talentsOfMask, type Talent } from '../shared/talents.rules.ts';

/** A volunteer as the cooperative's talent inventory shows them (pool 1): never their street. */
export interface PoolVolunteer {
  userId: string;
  name: string;
  email: string;
  buurtId: string;
  buurtName: string;
  talents: Talent[];
  talentNote: string;
  active: boolean;
}

/**
 * Pool 1 of the cooperative is neighbour help's volunteers, kept here once: those of a
 * district with a talent (bit test on the talent mask) and in a buurt, by name.
 */
export async function findVolunteersForPool(
  db: DbOrTx,
  districtId: string,
  filter: { talent: Talent | null; buurtId: string | null },
): Promise<PoolVolunteer[]> {
  let query = db
    .selectFrom('help_volunteers as v')
    .innerJoin('users as u', 'u.id', 'v.user_id')
    .innerJoin('buurten as b', 'b.id', 'v.buurt_id')
    .select(['v.user_id', 'u.name', 'u.email', 'v.buurt_id', 'b.name as buurt_name', 'v.talents', 'v.talent_note', 'v.active'])
    .where('v.district_id', '=', districtId);
  if (filter.talent !== null) {
    const bit = talentMask([filter.talent]);
    query = query.where(sql<boolean>`(v.talents & ${bit}) <> 0`);
  }
  if (filter.buurtId !== null) query = query.where('v.buurt_id', '=', filter.buurtId);
  const rows = await query.orderBy('u.name').orderBy('v.id').execute();
  return rows.map((r) => ({
    userId: r.user_id,
    name: r.name,
    email: r.email,
    buurtId: r.buurt_id,
    buurtName: r.buurt_name,
    talents: talentsOfMask(r.talents),
    talentNote: r.talent_note,
    active: r.active === 1,
  }));
}
