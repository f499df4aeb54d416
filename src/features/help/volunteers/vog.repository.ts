import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { HouseRules } from '../house-rules/house-rules.rules.ts';
import { isTalent, type Talent } from '../shared/talents.rules.ts';

/** The kinds of help that ask a VOG in the district, as set; undefined when nobody set them (the house rules decide). */
async function findVogTalents(db: DbOrTx, districtId: string): Promise<Talent[] | undefined> {
  const row = await db.selectFrom('help_vog_kinds').select('talents').where('district_id', '=', districtId).executeTakeFirst();
  return row === undefined ? undefined : row.talents.split(',').filter((t): t is Talent => isTalent(t));
}

export async function saveVogTalents(
  db: DbOrTx,
  districtId: string,
  talents: readonly Talent[],
  by: string | null,
  at: string,
): Promise<void> {
  const values = { talents: talents.join(','), updated_by: by, updated_at: at };
  await db
    .insertInto('help_vog_kinds')
    .values({ district_id: districtId, ...values })
    .onConflict((oc) => oc.column('district_id').doUpdateSet(values))
    .execute();
}

/** How many months a VOG counts in the district; null when nobody set it (no end). */
export async function findVogValidity(db: DbOrTx, districtId: string): Promise<number | null> {
  const row = await db.selectFrom('help_vog_validity').select('months').where('district_id', '=', districtId).executeTakeFirst();
  return row?.months ?? null;
}

export async function saveVogValidity(db: DbOrTx, districtId: string, months: number | null, by: string | null, at: string): Promise<void> {
  const values = { months, updated_by: by, updated_at: at };
  await db
    .insertInto('help_vog_validity')
    .values({ district_id: districtId, ...values })
    .onConflict((oc) => oc.column('district_id').doUpdateSet(values))
    .execute();
}

/** The rules with the district's VOG settings joined in: which kinds ask one, and how long one counts. */
export async function withVogTalents(db: DbOrTx, districtId: string, rules: HouseRules): Promise<HouseRules> {
  const vogTalents = await findVogTalents(db, districtId);
  const vogValidMonths = await findVogValidity(db, districtId);
  return vogTalents === undefined ? { ...rules, vogValidMonths } : { ...rules, vogTalents, vogValidMonths };
}

/** The date on the VOG a coordinator saw, recorded later or renewed: from now on it is on file with that date. */
export async function recordVogDate(db: DbOrTx, volunteerId: string, vogDate: string, at: string): Promise<boolean> {
  const done = await db
    .updateTable('help_volunteers')
    .set({ vog_on_file: 1, vog_date: vogDate, vog_checked_at: at, updated_at: at })
    .where('id', '=', volunteerId)
    .executeTakeFirst();
  return done.numUpdatedRows > 0n;
}
