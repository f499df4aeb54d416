import type { DbOrTx } from '../../../platform/db/schema.ts';
import { insertAssessment } from '../assessments/assessments.repository.ts';
import { findOrCreateLocation } from '../directory/organizations.repository.ts';
import { saveLocation } from '../edit/locations.repository.ts';
import { addSchedule } from '../edit/schedules.repository.ts';
import type { Actor } from '../model/actor.ts';
import type { OwnedSchedule } from '../model/guide.model.ts';
import { setVerifiedAt } from './demo.repository.ts';
import { demo, type DemoPlace } from './seeds.demo.ts';

/** A weekly rule, or a monthly one when the days carry the week of the month ("1TU"). */
export function demoSchedule(s: {
  locationId?: string;
  serviceId?: string;
  kind: OwnedSchedule['kind'];
  byday: string;
  opensAt?: string;
  closesAt?: string;
}): Omit<OwnedSchedule, 'id'> {
  const monthly = /\d/.test(s.byday);
  return {
    serviceId: s.serviceId ?? null,
    locationId: s.locationId ?? null,
    serviceAtLocationId: null,
    kind: s.kind,
    freq: monthly ? 'MONTHLY' : 'WEEKLY',
    interval: 1,
    byday: s.byday,
    opensAt: s.opensAt ?? null,
    closesAt: s.closesAt ?? null,
    validFrom: null,
    validTo: null,
    exception: 'none',
    description: '',
  };
}

async function seedPlace(
  db: DbOrTx,
  districtId: string,
  p: DemoPlace,
  ids: { organizationId: string | null; buurtId: string | null },
  actor: Actor,
) {
  const id = await findOrCreateLocation(db, {
    districtId,
    name: p.name,
    organizationId: ids.organizationId,
    isMeetingPlace: p.meetingPlace,
    at: actor.at,
  });
  const place = {
    organizationId: ids.organizationId,
    name: p.name,
    description: p.description,
    streetAddress: p.street,
    postalCode: p.postalCode,
    buurtId: ids.buurtId,
    isMeetingPlace: p.meetingPlace,
    transportation: '',
    accessibilityDescription: p.access,
  };
  await saveLocation(db, districtId, id, place, actor);
  await setVerifiedAt(db, 'locations', id, actor.at);
  for (const [days, opens, closes] of p.open ?? [])
    await addSchedule(
      db,
      districtId,
      demoSchedule({ locationId: id, kind: 'opening', byday: days, opensAt: opens, closesAt: closes }),
      actor,
    );
  return id;
}

/**
 * The seeds' places with their hours; some assessed by the demo expert by experience, and
 * closures such as Christmas at Podium Oost (an exception to its opening hours).
 */
export async function seedPlaces(
  db: DbOrTx,
  districtId: string,
  refs: { organizations: Map<string, string>; buurten: Map<string, string>; expertId: string },
  actor: Actor,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const p of demo.places) {
    const organizationId = p.owner === null ? null : (refs.organizations.get(p.owner) ?? null);
    const id = await seedPlace(db, districtId, p, { organizationId, buurtId: refs.buurten.get(p.buurt) ?? null }, actor);
    if (p.assessed) {
      const [physical, financial, welcome, remark] = p.assessed;
      const remarks = { physical: '', financial: '', welcome: remark };
      const assessment = {
        assessorUserId: refs.expertId,
        assessedOn: actor.at.slice(0, 10),
        scores: { physical, financial, welcome },
        remarks,
      };
      await insertAssessment(db, { ...assessment, locationId: id, at: actor.at });
    }
    ids.set(p.name, id);
  }
  for (const c of demo.closures) {
    const closed = {
      ...demoSchedule({ locationId: ids.get(c.place) ?? '', kind: 'opening', byday: '' }),
      freq: null,
      exception: 'closed' as const,
    };
    await addSchedule(db, districtId, { ...closed, validFrom: c.from, validTo: c.to, description: c.note }, actor);
  }
  return ids;
}
