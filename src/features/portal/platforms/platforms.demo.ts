import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findDistrictBySlug } from '../../../platform/geography/geography.repository.ts';
import data from './platforms.demo.json' with { type: 'json' };
import { insertPlatform } from './platforms.repository.ts';

/** Only what seed 004 names for Oost; no link and no date, because the seeds give none ("datum niet bekend"). */
export async function seedDemoPlatforms(db: DbOrTx, at: string): Promise<void> {
  const oost = await findDistrictBySlug(db, 'oost');
  if (oost === undefined) return;
  for (const p of data.oost) {
    await insertPlatform(db, oost.id, { ...p, link: null, chosenOn: null }, { when: at, by: null });
  }
}
