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

/** The rules with the district's VOG setting per kind of help joined in. */
export async function withVogTalents(db: DbOrTx, districtId: string, rules: HouseRules): Promise<HouseRules> {
  const vogTalents = await findVogTalents(db, districtId);
  return vogTalents === undefined ? rules : { ...rules, vogTalents };
}
