import { assignRole, insertUser } from '../../../platform/auth/auth.repository.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import { newId, type Clock } from '../../../platform/clock.ts';
import { DEMO_PASSWORD } from '../../../platform/auth/demo.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { addSchedule, saveContact, saveLocation, saveService, type ServiceInput } from '../edit/changes.repository.ts';
import type { Actor } from '../model/history.repository.ts';
import { demoOrganizations, demoPlaces, demoServices, type DemoService } from './seeds.demo.ts';
import { findOrCreateLocation, findOrCreateOrganization } from '../directory/organizations.repository.ts';
import { reindexDistrict } from '../search/search.repository.ts';
import { termIdOf } from '../model/taxonomy.ts';

async function idsBySlug(db: DbOrTx, districtId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('buurten').select(['id', 'slug', 'name']).where('district_id', '=', districtId).execute();
  return new Map(rows.map((r) => [r.slug, r.id]));
}

async function seedOrganizations(db: DbOrTx, districtId: string, actor: Actor): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const org of demoOrganizations) {
    const id = await findOrCreateOrganization(db, {
      districtId,
      name: org.name,
      kind: org.kind,
      description: org.description,
      at: actor.at,
    });
    await db.updateTable('organizations').set({ description: org.description, last_verified_at: actor.at }).where('id', '=', id).execute();
    ids.set(org.name, id);
    if (org.contact) {
      const c = org.contact;
      await saveContact(
        db,
        districtId,
        null,
        {
          organizationId: id,
          locationId: null,
          buurtId: null,
          name: c.name,
          title: c.title,
          contactFor: c.for,
          email: null,
          phone: c.phone,
        },
        actor,
      );
    }
  }
  return ids;
}

async function seedPlaces(
  db: DbOrTx,
  districtId: string,
  orgs: Map<string, string>,
  buurten: Map<string, string>,
  actor: Actor,
  expertId: string,
) {
  const ids = new Map<string, string>();
  for (const p of demoPlaces) {
    const organizationId = p.owner === null ? null : (orgs.get(p.owner) ?? null);
    const id = await findOrCreateLocation(db, { districtId, name: p.name, organizationId, isMeetingPlace: p.meetingPlace, at: actor.at });
    await saveLocation(
      db,
      districtId,
      id,
      {
        organizationId,
        name: p.name,
        description: p.description,
        streetAddress: p.street,
        postalCode: p.postalCode,
        buurtId: buurten.get(p.buurt) ?? null,
        isMeetingPlace: p.meetingPlace,
        transportation: '',
        accessibilityDescription: p.access,
      },
      actor,
    );
    await db.updateTable('locations').set({ last_verified_at: actor.at }).where('id', '=', id).execute();
    for (const [days, opens, closes] of p.open ?? []) {
      await addSchedule(
        db,
        districtId,
        schedule({ locationId: id, kind: 'opening', byday: days, opensAt: opens, closesAt: closes }),
        actor,
      );
    }
    if (p.assessed) await assess(db, id, p.assessed, expertId, actor.at);
    ids.set(p.name, id);
  }
  // Christmas: Podium Oost is closed, like many places (an exception to its opening hours).
  const podium = ids.get('Podium Oost') ?? '';
  await addSchedule(
    db,
    districtId,
    {
      ...schedule({ locationId: podium, kind: 'opening', byday: '' }),
      freq: null,
      exception: 'closed',
      validFrom: '2026-12-24',
      validTo: '2026-12-27',
      opensAt: null,
      closesAt: null,
      description: 'Kerst',
    },
    actor,
  );
  return ids;
}

function schedule(s: {
  locationId?: string;
  serviceId?: string;
  kind: 'opening' | 'walk_in' | 'consultation';
  byday: string;
  opensAt?: string;
  closesAt?: string;
}) {
  const monthly = /\d/.test(s.byday);
  return {
    serviceId: s.serviceId ?? null,
    locationId: s.locationId ?? null,
    serviceAtLocationId: null,
    kind: s.kind,
    freq: monthly ? ('MONTHLY' as const) : ('WEEKLY' as const),
    interval: 1,
    byday: s.byday,
    opensAt: s.opensAt ?? null,
    closesAt: s.closesAt ?? null,
    validFrom: null,
    validTo: null,
    exception: 'none' as const,
    description: '',
  };
}

async function assess(
  db: DbOrTx,
  locationId: string,
  [physical, financial, welcome, remark]: [number, number, number, string],
  expertId: string,
  at: string,
) {
  const on = at.slice(0, 10);
  await db
    .insertInto('place_assessments')
    .values({
      id: newId(),
      location_id: locationId,
      assessor_user_id: expertId,
      assessed_on: on,
      physical_score: physical,
      physical_remarks: '',
      financial_score: financial,
      financial_remarks: '',
      welcome_score: welcome,
      welcome_remarks: remark,
      created_at: at,
    })
    .execute();
  await db
    .updateTable('locations')
    .set({ assessed_on: on, assessed_physical: physical, assessed_financial: financial, assessed_welcome: welcome })
    .where('id', '=', locationId)
    .execute();
}

function serviceInput(s: DemoService, orgs: Map<string, string>, places: Map<string, string>, buurten: Map<string, string>): ServiceInput {
  const cost = s.cost ?? ['free'];
  return {
    organizationId: orgs.get(s.org) ?? '',
    name: s.name,
    alternateName: null,
    description: s.description,
    url: null,
    email: null,
    status: 'active',
    isInformal: s.informal ?? false,
    costKind: cost[0],
    costCents: cost[0] === 'amount' ? cost[1] : null,
    costDescription: cost[0] === 'amount' ? cost[2] : '',
    eligibilityDescription: s.eligibility ?? '',
    applicationProcess: '',
    termIds: [...s.themes.map((c) => termIdOf('thema', c)), ...s.forWhom.map((c) => termIdOf('voor-wie', c))],
    buurtIds: (s.buurten ?? []).flatMap((b) => buurten.get(b) ?? []),
    languages: s.languages ?? ['nl'],
    locationIds: (s.places ?? []).flatMap((p) => places.get(p) ?? []),
  };
}

async function seedServices(
  db: DbOrTx,
  districtId: string,
  orgs: Map<string, string>,
  places: Map<string, string>,
  buurten: Map<string, string>,
  actor: Actor,
) {
  for (const s of demoServices) {
    const id = await saveService(db, districtId, null, serviceInput(s, orgs, places, buurten), actor);
    for (const [kind, days, opens, closes] of s.hours ?? []) {
      await addSchedule(db, districtId, schedule({ serviceId: id, kind, byday: days, opensAt: opens, closesAt: closes }), actor);
    }
  }
}

/** Seed 004's table: a buurt network per buurt, each with its (fictional) buurt assistant. */
async function seedBuurtNetworks(db: DbOrTx, districtId: string, coopId: string, actor: Actor) {
  const buurten = await db.selectFrom('buurten').select(['id', 'name']).where('district_id', '=', districtId).orderBy('position').execute();
  for (const [i, b] of buurten.entries()) {
    await saveService(
      db,
      districtId,
      null,
      {
        organizationId: coopId,
        name: `Buurtnetwerk ${b.name}`,
        alternateName: null,
        description: `Bewoners van ${b.name} die naar elkaar omzien. De buurtassistent is uw eerste aanspreekpunt in de buurt en brengt mensen met elkaar in contact.`,
        url: null,
        email: null,
        status: 'active',
        isInformal: true,
        costKind: 'free',
        costCents: null,
        costDescription: '',
        eligibilityDescription: '',
        applicationProcess: '',
        termIds: [
          termIdOf('thema', 'contact'),
          termIdOf('thema', 'cohesie'),
          termIdOf('thema', 'omgeving'),
          termIdOf('voor-wie', 'iedereen'),
        ],
        buurtIds: [b.id],
        languages: ['nl'],
        locationIds: [],
      },
      actor,
    );
    const phone = `030 000 ${String(100 + i).padStart(4, '0')}`;
    await saveContact(
      db,
      districtId,
      null,
      {
        organizationId: coopId,
        locationId: null,
        buurtId: b.id,
        name: `Buurtassistent ${b.name} (demo)`,
        title: 'Buurtassistent',
        contactFor: `uw buurtnetwerk en vragen in ${b.name}`,
        email: null,
        phone,
      },
      actor,
    );
  }
}

async function demoPeople(db: DbOrTx, districtId: string, dockId: string, at: string): Promise<string> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const expert = await insertUser(db, {
    email: 'ervaringsdeskundige.oost@wijkportaal.example',
    name: 'Hanna Ervaringsdeskundige (demo)',
    passwordHash,
    createdAt: at,
  });
  await db.updateTable('users').set({ is_expert_by_experience: 1 }).where('id', '=', expert).execute();
  await assignRole(db, expert, { role: 'resident', districtId, buurtId: null, organizationId: null }, { at, by: null });
  const partner = await insertUser(db, {
    email: 'dock.oost@wijkportaal.example',
    name: 'Sam Opbouwwerker DOCK (demo)',
    passwordHash,
    createdAt: at,
  });
  await assignRole(db, partner, { role: 'partner_contact', districtId, buurtId: null, organizationId: dockId }, { at, by: null });
  return expert;
}

export async function seedDemoGuide(db: DbOrTx, deps: { clock: Clock }): Promise<void> {
  const oost = await db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
  const at = deps.clock.now().toISOString();
  const actor: Actor = { userId: null, at };
  const buurten = await idsBySlug(db, oost.id);
  const orgs = await seedOrganizations(db, oost.id, actor);
  const expert = await demoPeople(db, oost.id, orgs.get('DOCK') ?? '', at);
  const places = await seedPlaces(db, oost.id, orgs, buurten, actor, expert);
  await seedServices(db, oost.id, orgs, places, buurten, actor);
  await seedBuurtNetworks(db, oost.id, orgs.get('Wijkcoöperatie Oost voor Elkaar') ?? '', actor);
  // Two entries nobody has checked for over a year, so the flag and the reminder can be seen.
  const longAgo = new Date(deps.clock.now().getTime() - 400 * 86_400_000).toISOString();
  await db
    .updateTable('organizations')
    .set({ last_verified_at: longAgo })
    .where('name', 'in', ['PAZIO', 'Diaconessenhuis'])
    .where('district_id', '=', oost.id)
    .execute();
  await db.updateTable('services').set({ last_verified_at: longAgo }).where('name', '=', 'Hulp bij geldzaken en administratie').execute();
  await reindexDistrict(db, oost.id);
}
