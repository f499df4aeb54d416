import { localDay, newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { talentMask } from '../shared/talents.rules.ts';
import type { VolunteerProfile } from './volunteers.repository.ts';

/** Creates or updates the volunteer's own profile, talents and all. */
export async function saveVolunteerProfile(
  db: DbOrTx,
  who: { districtId: string; userId: string },
  profile: VolunteerProfile,
  now: string,
): Promise<string> {
  const existing = await db
    .selectFrom('help_volunteers')
    .select('id')
    .where('district_id', '=', who.districtId)
    .where('user_id', '=', who.userId)
    .executeTakeFirst();
  const id = existing?.id ?? newId();
  const values = {
    buurt_id: profile.buurtId,
    street: profile.street,
    talents: talentMask(profile.talents),
    talent_note: profile.talentNote,
    availability: profile.availability,
    reach: profile.reach,
    active: profile.active ? 1 : 0,
    updated_at: now,
  };
  if (existing) await db.updateTable('help_volunteers').set(values).where('id', '=', id).execute();
  else
    await db
      .insertInto('help_volunteers')
      .values({
        id,
        district_id: who.districtId,
        user_id: who.userId,
        vog_on_file: 0,
        vog_checked_at: null,
        vog_date: null,
        created_at: now,
        ...values,
      })
      .execute();
  return id;
}

/** What a coordinator records about a volunteer: the VOG they saw, and a pause. */
export async function setVolunteerStanding(
  db: DbOrTx,
  id: string,
  standing: { vogOnFile: boolean; active: boolean },
  now: string,
): Promise<void> {
  const current = await db
    .selectFrom('help_volunteers')
    .select(['vog_on_file', 'vog_checked_at', 'vog_date'])
    .where('id', '=', id)
    .executeTakeFirst();
  const kept = current?.vog_on_file === 1;
  // Ticked without a date: the day it was seen is the only date known (the VOG page records its own).
  const vog = standing.vogOnFile
    ? { vog_checked_at: kept ? current.vog_checked_at : now, vog_date: kept ? current.vog_date : localDay(now) }
    : { vog_checked_at: null, vog_date: null };
  await db
    .updateTable('help_volunteers')
    .set({ vog_on_file: standing.vogOnFile ? 1 : 0, ...vog, active: standing.active ? 1 : 0, updated_at: now })
    .where('id', '=', id)
    .execute();
}
