import type { Db } from '../../platform/db/schema.ts';
import { findDistrictBySlug } from '../../platform/geography/geography.repository.ts';
import { locationsOfDistrict } from '../guide/index.ts';
import { insertActivity, replaceOccurrences } from './agenda/activities.repository.ts';
import { expandRecurrence } from './agenda/recurrence.rules.ts';

/** A published activity in Oost at Podium Oost, for tests; answers its id and first start. */
export async function addTestActivity(
  db: Db,
  options: { title?: string; startsLocal?: string; capacity?: number | null; rrule?: string; registration?: boolean } = {},
): Promise<{ id: string; startsAt: string; districtId: string }> {
  const district = await findDistrictBySlug(db, 'oost');
  if (district === undefined) throw new Error('no Oost');
  const place = (await locationsOfDistrict(db, district.id)).find((l) => l.name === 'Podium Oost');
  if (place === undefined) throw new Error('no Podium Oost');
  const fields = {
    buurtId: null,
    title: options.title ?? 'Testactiviteit',
    description: 'Om te testen.',
    audience: '',
    theme: 'meeting' as const,
    locationId: place.id,
    startsLocal: options.startsLocal ?? '2026-12-10T19:30',
    durationMinutes: 90,
    rrule: options.rrule ?? '',
    exdates: [],
    costCents: 0,
    organizerName: 'Podium Oost',
    contactName: 'Contact (test)',
    contactPhone: null,
    contactEmail: null,
    registration: options.registration ?? true,
    capacity: options.capacity === undefined ? 2 : options.capacity,
  };
  const at = '2026-11-23T09:00:00.000Z';
  const id = await insertActivity(db, { ...fields, districtId: district.id, organizerUserId: null, status: 'published', at });
  const occurrences = expandRecurrence(fields);
  await replaceOccurrences(db, { id, districtId: district.id }, occurrences);
  return { id, startsAt: occurrences[0]?.startsAt ?? '', districtId: district.id };
}
