import type { AppDeps } from '../../platform/feature.ts';
import type { District } from '../../platform/geography/geography.repository.ts';
import type { PactAccess } from './access.rules.ts';
import { actionsOf, attendanceOf, itemsOf } from './meeting-records.repository.ts';
import { listMeetings, minutesOf } from './meetings.repository.ts';
import { checkRhythm } from './meetings.rules.ts';
import { listPartners } from './partners.repository.ts';
import { settingsOf } from './settings.repository.ts';
import { listChairTerms } from './steering.repository.ts';
import { periodOf } from './steering.rules.ts';

/** A year of meetings and where they fall short of the pact's rhythm. */
export async function yearData(deps: AppDeps, district: District, year: number) {
  const { db } = deps.database;
  const meetings = await listMeetings(db, district.id, { from: `${year}-01-01`, to: `${year + 1}-01-01` });
  const { programme } = await settingsOf(db, district.id);
  return { year, meetings, warnings: checkRhythm(programme, meetings) };
}

export async function meetingPageData(deps: AppDeps, district: District, id: string, access: PactAccess) {
  const { db } = deps.database;
  const [meeting] = await listMeetings(db, district.id, { id });
  if (meeting === undefined) return undefined;
  const chair =
    meeting.kind === 'steering'
      ? ((await listChairTerms(db, district.id)).find((c) => c.period === periodOf(meeting.startsAt.slice(0, 10)))?.name ?? null)
      : null;
  return {
    meeting,
    items: await itemsOf(db, id),
    actions: access.work ? await actionsOf(db, { meetingId: id }) : [],
    minutes: access.work ? await minutesOf(db, id) : '',
    attendance: access.work ? await attendanceOf(db, id) : [],
    partners: await listPartners(db, district.id),
    chair,
    access,
  };
}
