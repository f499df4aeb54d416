import type { Clock } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findDistrictBySlug, listBuurten } from '../../../platform/geography/geography.repository.ts';
import { findOrCreateLocation } from '../../guide/index.ts';
import { amsterdamParts } from '../../../platform/calendar/amsterdam-time.ts';
import { insertActivity, replaceOccurrences } from './activities.repository.ts';
import { addDays, themeOf } from './activity.rules.ts';
import data from './activities.demo.json' with { type: 'json' };
import { expandRecurrence } from './recurrence.rules.ts';

interface DemoActivity {
  title: string;
  description: string;
  audience: string;
  theme: string;
  buurt: string | null;
  place: string;
  /** Days from today. */
  day: number;
  time: string;
  minutes: number;
  /** Weekly, this many times. */
  weekly?: number;
  /** The week (0 is the first) it does not happen. */
  exceptWeek?: number;
  cost?: number;
  organizer: string;
  contact: string;
  phone: string;
  capacity?: number;
}

/** A month of Oost's activities from today, across its buurten, at places of the guide. */
export async function seedDemoActivities(db: DbOrTx, deps: { clock: Clock }): Promise<void> {
  const district = await findDistrictBySlug(db, 'oost');
  if (district === undefined) return;
  const now = deps.clock.now();
  const today = amsterdamParts(now.toISOString())[0];
  const buurten = await listBuurten(db, district.id);
  const at = now.toISOString();
  for (const a of data.oost as DemoActivity[]) {
    const first = addDays(today, a.day);
    const locationId = await findOrCreateLocation(db, { districtId: district.id, name: a.place, isMeetingPlace: true, at });
    const fields = {
      buurtId: buurten.find((b) => b.slug === a.buurt)?.id ?? null,
      title: a.title,
      description: a.description,
      audience: a.audience,
      theme: themeOf(a.theme),
      locationId,
      startsLocal: `${first}T${a.time}`,
      durationMinutes: a.minutes,
      rrule: a.weekly === undefined ? '' : `FREQ=WEEKLY;COUNT=${a.weekly}`,
      exdates: a.exceptWeek === undefined ? [] : [addDays(first, 7 * a.exceptWeek)],
      costCents: a.cost ?? 0,
      organizerName: a.organizer,
      contactName: a.contact,
      contactPhone: a.phone,
      contactEmail: null,
      registration: a.capacity !== undefined,
      capacity: a.capacity ?? null,
    };
    const id = await insertActivity(db, { ...fields, districtId: district.id, organizerUserId: null, status: 'published', at });
    await replaceOccurrences(db, { id, districtId: district.id }, expandRecurrence(fields));
  }
}
