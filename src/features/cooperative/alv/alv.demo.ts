import { localDay } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { amsterdamParts, amsterdamToUtc } from '../../../platform/calendar/amsterdam-time.ts';
import demo from './alv.demo.json' with { type: 'json' };
import { insertAlv, markMinutesAdopted, markMinutesItemAdopted, saveMinutes } from './alv.repository.ts';

interface DemoMeeting {
  daysFromNow: number;
  title: string;
  minutes?: string;
  annualReport?: string;
  accounts?: string;
  auditReport?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** An evening at 19:30 Amsterdam time, so many days from the demo's start. */
function evening(at: string, days: number): string {
  const [date] = amsterdamParts(new Date(new Date(at).getTime() + days * DAY_MS).toISOString());
  return (amsterdamToUtc(date, '19:30') ?? new Date(at)).toISOString();
}

/**
 * Three illustrative ALVs (seed 004 names the ALV, not its meetings): one whose minutes
 * the next adopted, one whose minutes wait, and one to come that will adopt them. No votes
 * are counted: figures would look like fact.
 */
export async function seedDemoAlv(db: DbOrTx, district: District, at: string): Promise<void> {
  let previous: string | null = null;
  for (const m of demo.meetings as DemoMeeting[]) {
    const startsAt = evening(at, m.daysFromNow);
    const documents = {
      annualReport: m.annualReport ?? null,
      accounts: m.accounts ?? null,
      auditReport: m.auditReport ?? null,
    };
    const minutesItem = previous === null ? [] : [{ title: 'Vaststellen notulen vorige ALV', kind: 'minutes' as const }];
    const items = [...minutesItem, ...demo.agenda.map((title) => ({ title, kind: 'regular' as const }))];
    const base = { districtId: district.id, title: m.title, startsAt, place: demo.place, documents, items, by: null, at };
    const id = await insertAlv(db, base);
    if (m.minutes !== undefined) await saveMinutes(db, id, m.minutes, startsAt);
    if (previous !== null && m.daysFromNow < 0) {
      // The past meeting adopted the minutes of the one before; the demo shows no vote figures.
      await markMinutesItemAdopted(db, id);
      await markMinutesAdopted(db, previous, localDay(startsAt));
    }
    previous = id;
  }
}
