import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { periodStatuses, verdicts, type PeriodStatus, type Verdict } from './periods.rules.ts';

export interface Period {
  id: string;
  programmeId: string;
  programmeName: string;
  startsOn: string;
  endsOn: string;
  status: PeriodStatus;
  closedOn: string | null;
  conclusion: string;
}

export interface Evaluation {
  subject: 'commitment' | 'indicator';
  key: string;
  verdict: Verdict;
}

/** bigint columns come back as strings on PostgreSQL. */
const fromMilli = (v: number | string) => Number(v) / 1000;
const statusOf = (s: string): PeriodStatus => periodStatuses.find((p) => p === s) ?? 'draft';
const verdictOf = (v: string): Verdict => verdicts.find((x) => x === v) ?? 'not';

/** The periods of the programmes the district takes part in, oldest first. */
export async function periodsOfDistrict(db: DbOrTx, districtId: string): Promise<Period[]> {
  const rows = await db
    .selectFrom('pact_periods as p')
    .innerJoin('pact_programmes as g', 'g.id', 'p.programme_id')
    .innerJoin('pact_programme_districts as d', 'd.programme_id', 'p.programme_id')
    .select(['p.id', 'p.programme_id', 'g.name', 'p.starts_on', 'p.ends_on', 'p.status', 'p.closed_on', 'p.conclusion'])
    .where('d.district_id', '=', districtId)
    .orderBy('p.starts_on')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    programmeId: r.programme_id,
    programmeName: r.name,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    status: statusOf(r.status),
    closedOn: r.closed_on,
    conclusion: r.conclusion,
  }));
}

export async function insertPeriod(
  db: DbOrTx,
  p: { programmeId: string; startsOn: string; endsOn: string; status: PeriodStatus; at: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('pact_periods')
    .values({
      id,
      programme_id: p.programmeId,
      starts_on: p.startsOn,
      ends_on: p.endsOn,
      status: p.status,
      conclusion: '',
      created_at: p.at,
    })
    .execute();
  return id;
}

/** Closes a running period; false when someone else was first. */
export async function closePeriod(
  db: DbOrTx,
  id: string,
  close: { on: string; by: string | null; conclusion: string; evaluations: readonly Evaluation[] },
): Promise<boolean> {
  const result = await db
    .updateTable('pact_periods')
    .set({ status: 'closed', closed_on: close.on, closed_by: close.by, conclusion: close.conclusion })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  for (const e of close.evaluations)
    await db
      .insertInto('pact_period_evaluations')
      .values({ period_id: id, subject: e.subject, subject_key: e.key, verdict: e.verdict })
      .execute();
  return true;
}

/** Starts a draft; false when it is no longer a draft. */
export async function startPeriod(db: DbOrTx, id: string): Promise<boolean> {
  const result = await db
    .updateTable('pact_periods')
    .set({ status: 'running' })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function evaluationsOf(db: DbOrTx, periodIds: readonly string[]): Promise<Map<string, Evaluation[]>> {
  const rows =
    periodIds.length === 0 ? [] : await db.selectFrom('pact_period_evaluations').selectAll().where('period_id', 'in', periodIds).execute();
  const result = new Map<string, Evaluation[]>();
  for (const r of rows) {
    const list = result.get(r.period_id) ?? [];
    list.push({ subject: r.subject === 'indicator' ? 'indicator' : 'commitment', key: r.subject_key, verdict: verdictOf(r.verdict) });
    result.set(r.period_id, list);
  }
  return result;
}

export async function saveSignature(db: DbOrTx, periodId: string, partnerId: string, signedOn: string | null): Promise<void> {
  await db
    .insertInto('pact_period_signatures')
    .values({ period_id: periodId, partner_id: partnerId, signed_on: signedOn })
    .onConflict((oc) => oc.columns(['period_id', 'partner_id']).doUpdateSet({ signed_on: signedOn }))
    .execute();
}

export async function signaturesOf(db: DbOrTx, periodIds: readonly string[]) {
  if (periodIds.length === 0) return [];
  const rows = await db.selectFrom('pact_period_signatures').selectAll().where('period_id', 'in', periodIds).execute();
  return rows.map((r) => ({ periodId: r.period_id, partnerId: r.partner_id, signedOn: r.signed_on }));
}

export async function saveTarget(db: DbOrTx, periodId: string, t: { indicatorId: string; value: number; year: number }): Promise<void> {
  const value = Math.round(t.value * 1000);
  await db
    .insertInto('pact_period_targets')
    .values({ period_id: periodId, indicator_id: t.indicatorId, value_milli: value, year: t.year })
    .onConflict((oc) => oc.columns(['period_id', 'indicator_id']).doUpdateSet({ value_milli: value, year: t.year }))
    .execute();
}

export async function targetsOf(db: DbOrTx, periodIds: readonly string[]) {
  if (periodIds.length === 0) return [];
  const rows = await db.selectFrom('pact_period_targets').selectAll().where('period_id', 'in', periodIds).execute();
  return rows.map((r) => ({ periodId: r.period_id, indicatorId: r.indicator_id, value: fromMilli(r.value_milli), year: r.year }));
}
