import type { DbOrTx } from '../../../platform/db/schema.ts';
import { needsVog, type HouseRules } from '../house-rules/house-rules.rules.ts';
import { isTalent, type Talent } from '../shared/talents.rules.ts';
import { slotsOf, type Day, type DayPart } from '../shared/time.rules.ts';
import { saveVolunteerProfile, setVolunteerStanding } from './profile.repository.ts';
import { recordVogDate } from './vog.repository.ts';
import { findVolunteerOfUser } from './volunteers.repository.ts';

export interface Enlistment {
  districtId: string;
  userId: string;
  buurtId: string;
  street: string;
  talents: Talent[];
  days: Day[];
  parts: DayPart[];
  at: string;
}

/**
 * Inside the cooperative's sign-up: the neighbour's volunteer profile, not active yet, so
 * no coordinator can propose them anything until the intake is done and they are activated.
 */
export async function enlistVolunteer(trx: DbOrTx, e: Enlistment): Promise<string> {
  const profile = { buurtId: e.buurtId, street: e.street, talents: e.talents, talentNote: '', availability: slotsOf(e.days, e.parts) };
  return saveVolunteerProfile(trx, { districtId: e.districtId, userId: e.userId }, { ...profile, reach: 'buurt', active: false }, e.at);
}

/** Whether the house rules ask a VOG for any of these talents (help inside someone's home). */
export function vogNeededFor(rules: HouseRules, talents: readonly string[]): boolean {
  return talents.some((t) => isTalent(t) && needsVog(rules, t));
}

/** After the intake: the volunteer is active, with the date of the VOG when they showed one. */
export async function activateVolunteer(
  trx: DbOrTx,
  districtId: string,
  userId: string,
  vogDate: string | null,
  at: string,
): Promise<boolean> {
  const volunteer = await findVolunteerOfUser(trx, districtId, userId);
  if (volunteer === undefined) return false;
  await setVolunteerStanding(trx, volunteer.id, { vogOnFile: vogDate !== null, active: true }, at);
  if (vogDate !== null) await recordVogDate(trx, volunteer.id, vogDate, at);
  return true;
}
