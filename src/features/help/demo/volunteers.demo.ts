import { assignRole, findUserByEmail, insertUser } from '../../../platform/auth/auth.repository.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import type { Reach } from '../matching/ranking.rules.ts';
import type { Talent } from '../shared/talents.rules.ts';
import { slotsOf, type Day, type DayPart } from '../shared/time.rules.ts';
import { saveVolunteerProfile, setVolunteerStanding } from '../volunteers/profile.repository.ts';
import data from './volunteers.demo.json' with { type: 'json' };

interface DemoVolunteer {
  email: string;
  name: string;
  buurt: string;
  street: string;
  talents: Talent[];
  days: Day[];
  parts: DayPart[];
  reach: Reach;
  vog: boolean;
  active?: boolean;
  note?: string;
}

/** Visibly fictional volunteers spread over Oost; Joop is the demo volunteer who can sign in. */
const volunteers = data as readonly DemoVolunteer[];

async function userFor(db: DbOrTx, v: DemoVolunteer, districtId: string, at: string): Promise<string> {
  const existing = await findUserByEmail(db, v.email);
  const id = existing?.id ?? (await insertUser(db, { email: v.email, name: v.name, passwordHash: null, createdAt: at }));
  await assignRole(db, id, { role: 'volunteer', districtId, buurtId: null, organizationId: null }, { at, by: null });
  return id;
}

/** The demo volunteers with their profiles; returns their ids by e-mail. */
export async function seedDemoVolunteers(db: DbOrTx, districtId: string, at: string): Promise<Map<string, string>> {
  const buurten = await listBuurten(db, districtId);
  const ids = new Map<string, string>();
  for (const v of volunteers) {
    const userId = await userFor(db, v, districtId, at);
    const profile = {
      buurtId: buurten.find((b) => b.slug === v.buurt)?.id ?? '',
      street: v.street,
      talents: v.talents,
      talentNote: v.note ?? '',
      availability: slotsOf(v.days, v.parts),
      reach: v.reach,
      active: v.active ?? true,
    };
    const id = await saveVolunteerProfile(db, { districtId, userId }, profile, at);
    await setVolunteerStanding(db, id, { vogOnFile: v.vog, active: v.active ?? true }, at);
    ids.set(v.email, id);
  }
  return ids;
}
