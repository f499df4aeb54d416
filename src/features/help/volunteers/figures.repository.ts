import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { ProcessFigure } from '../../../platform/feature.ts';
import { findHouseRules } from '../house-rules/rules.repository.ts';
import { localYearMonth } from '../shared/time.rules.ts';

export interface HelpYear {
  matchesByMonth: number[];
  minutesByMonth: number[];
  servicesDone: number;
  activeVolunteers: number;
}

/** A little wider than the year in UTC; the local month decides. */
function yearWindow(year: number): [string, string] {
  return [`${year - 1}-12-31T00:00:00.000Z`, `${year + 1}-01-01T23:59:59.999Z`];
}

/** Matches made and hours given per month of the year, for appreciation and monitoring: totals only, no names. */
export async function helpYear(db: DbOrTx, districtId: string, year: number): Promise<HelpYear> {
  const [from, to] = yearWindow(year);
  const rows = await db
    .selectFrom('help_request_events as e')
    .innerJoin('help_requests as r', 'r.id', 'e.request_id')
    .select(['e.step', 'e.at', 'r.minutes_done'])
    .where('e.district_id', '=', districtId)
    .where('e.step', 'in', ['matched', 'done'])
    .where('e.at', '>=', from)
    .where('e.at', '<=', to)
    .execute();
  const matchesByMonth = Array.from({ length: 12 }, () => 0);
  const minutesByMonth = Array.from({ length: 12 }, () => 0);
  let servicesDone = 0;
  for (const row of rows) {
    const local = localYearMonth(row.at);
    if (local.year !== year) continue;
    const index = local.month - 1;
    if (row.step === 'matched') matchesByMonth[index] = (matchesByMonth[index] ?? 0) + 1;
    else {
      servicesDone += 1;
      minutesByMonth[index] = (minutesByMonth[index] ?? 0) + (row.minutes_done ?? 0);
    }
  }
  const active = await db
    .selectFrom('help_volunteers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('district_id', '=', districtId)
    .where('active', '=', 1)
    .executeTakeFirstOrThrow();
  return { matchesByMonth, minutesByMonth, servicesDone, activeVolunteers: active.n };
}

const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** Capability E: matches made and volunteer hours, per month, computed live. */
export async function helpProcessFigures(db: DbOrTx, query: { districtId: string; year: number }): Promise<ProcessFigure[]> {
  if ((await findHouseRules(db, query.districtId)) === undefined) {
    return [
      { key: 'help.matchesMade', label: 'help.figure.matchesMade', unit: 'count', value: null },
      { key: 'help.volunteerHours', label: 'help.figure.volunteerHours', unit: 'hours', value: null },
    ];
  }
  const y = await helpYear(db, query.districtId, query.year);
  return [
    { key: 'help.matchesMade', label: 'help.figure.matchesMade', unit: 'count', value: sum(y.matchesByMonth), byMonth: y.matchesByMonth },
    {
      key: 'help.volunteerHours',
      label: 'help.figure.volunteerHours',
      unit: 'hours',
      value: hours(sum(y.minutesByMonth)),
      byMonth: y.minutesByMonth.map(hours),
    },
  ];
}
