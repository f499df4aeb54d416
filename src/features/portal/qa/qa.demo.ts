import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findDistrictBySlug } from '../../../platform/geography/geography.repository.ts';
import data from './qa.demo.json' with { type: 'json' };
import { insertQa } from './qa.repository.ts';

/** Seed 003's core message and Q&A topics for the city (through Overvecht, a Thuis in je Wijk district), seed 004's rules for Oost. */
export async function seedDemoQa(db: DbOrTx, at: string): Promise<void> {
  const stamp = { when: at, by: null };
  const overvecht = await findDistrictBySlug(db, 'overvecht');
  if (overvecht !== undefined) {
    for (const q of data.city) await insertQa(db, overvecht.id, { ...q, scope: 'city' }, stamp);
  }
  const oost = await findDistrictBySlug(db, 'oost');
  if (oost !== undefined) {
    for (const q of data.oost) await insertQa(db, oost.id, { ...q, scope: 'district' }, stamp);
  }
}
