import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { indicatorUnits, type Better, type IndicatorUnit, type Target, type YearValue } from './monitoring.rules.ts';

export interface Indicator {
  id: string;
  name: string;
  definition: string;
  unit: IndicatorUnit;
  better: Better;
  source: string;
  target: Target | null;
  values: (YearValue & { source: string })[];
}

const fromMilli = (v: number | string) => Number(v) / 1000;
const toMilli = (v: number) => Math.round(v * 1000);

export async function listIndicators(db: DbOrTx, districtId: string, onlyId?: string): Promise<Indicator[]> {
  let query = db.selectFrom('pact_indicators').selectAll().where('district_id', '=', districtId);
  if (onlyId !== undefined) query = query.where('id', '=', onlyId);
  const rows = await query.orderBy('position').orderBy('name').execute();
  const ids = rows.map((r) => r.id);
  const values =
    ids.length === 0
      ? []
      : await db.selectFrom('pact_indicator_values').selectAll().where('indicator_id', 'in', ids).orderBy('year').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    definition: r.definition,
    unit: indicatorUnits.find((u) => u === r.unit) ?? 'count',
    better: r.better === 'lower' ? 'lower' : 'higher',
    source: r.source,
    target: r.target_milli === null || r.target_year === null ? null : { value: fromMilli(r.target_milli), year: r.target_year },
    values: values.filter((v) => v.indicator_id === r.id).map((v) => ({ year: v.year, value: fromMilli(v.value_milli), source: v.source })),
  }));
}

export async function insertIndicator(
  db: DbOrTx,
  districtId: string,
  i: Pick<Indicator, 'name' | 'definition' | 'unit' | 'better' | 'source' | 'target'>,
  at: string,
): Promise<string> {
  const id = newId();
  const position = (
    await db
      .selectFrom('pact_indicators')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('district_id', '=', districtId)
      .executeTakeFirstOrThrow()
  ).n;
  await db
    .insertInto('pact_indicators')
    .values({
      id,
      district_id: districtId,
      name: i.name,
      definition: i.definition,
      unit: i.unit,
      better: i.better,
      source: i.source,
      target_milli: i.target === null ? null : toMilli(i.target.value),
      target_year: i.target?.year ?? null,
      position,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

/** One value per indicator and year: a new measurement for that year replaces the old one. */
export async function saveValue(db: DbOrTx, indicatorId: string, v: YearValue & { source: string }): Promise<void> {
  await db
    .insertInto('pact_indicator_values')
    .values({ indicator_id: indicatorId, year: v.year, value_milli: toMilli(v.value), source: v.source })
    .onConflict((oc) => oc.columns(['indicator_id', 'year']).doUpdateSet({ value_milli: toMilli(v.value), source: v.source }))
    .execute();
}

/** Sets the indicator's current target; null: none agreed (a new period without one). */
export async function saveTarget(db: DbOrTx, indicatorId: string, target: Target | null, at: string): Promise<void> {
  await db
    .updateTable('pact_indicators')
    .set({ target_milli: target === null ? null : toMilli(target.value), target_year: target?.year ?? null, updated_at: at })
    .where('id', '=', indicatorId)
    .execute();
}
