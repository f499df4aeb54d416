import { assignRole, insertUser } from '../../../platform/auth/auth.repository.ts';
import { DEMO_PASSWORD } from '../../../platform/auth/demo.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import type { Role } from '../../../platform/auth/roles.rules.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findBuurt, findDistrictBySlug, type District } from '../../../platform/geography/geography.repository.ts';
import { insertCooperative } from '../shared/cooperative.repository.ts';
import demo from './membership.demo.json' with { type: 'json' };
import { endMembership, insertApplication, insertMember } from './membership.repository.ts';
import type { MemberKind } from './membership.rules.ts';

interface DemoMember {
  name: string;
  kind: string;
  organization?: string;
  email: string | null;
  buurt: string;
  joinedOn: string;
  endedOn?: string;
}

interface DemoPerson {
  email: string;
  name: string;
  roles: Role[];
  buurt: string;
  joinedOn: string;
}

/** Oost's cooperative (seed 004) with about sixty visibly fictional members, its board people and one waiting application. */
export async function seedDemoMembership(db: DbOrTx, at: string): Promise<District> {
  const district = await findDistrictBySlug(db, demo.cooperative.district);
  if (district === undefined) throw new Error('demo: no district for the cooperative');
  await insertCooperative(db, { districtId: district.id, name: demo.cooperative.name, at });
  const buurtId = async (slug: string) => (await findBuurt(db, district.id, slug))?.id ?? null;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const person of demo.people as DemoPerson[]) {
    const userId = await insertUser(db, { email: person.email, name: person.name, passwordHash, createdAt: at });
    for (const role of person.roles)
      await assignRole(db, userId, { role, districtId: district.id, buurtId: null, organizationId: null }, { at, by: null });
    const member = { kind: 'resident' as const, name: person.name, organizationName: null, email: person.email, phone: null };
    await insertMember(db, {
      districtId: district.id,
      ...member,
      buurtId: await buurtId(person.buurt),
      joinedOn: person.joinedOn,
      applicationId: null,
      at,
    });
  }
  for (const m of demo.members as DemoMember[]) {
    const member = { kind: m.kind as MemberKind, name: m.name, organizationName: m.organization ?? null, email: m.email, phone: null };
    const id = await insertMember(db, {
      districtId: district.id,
      ...member,
      buurtId: await buurtId(m.buurt),
      joinedOn: m.joinedOn,
      applicationId: null,
      at,
    });
    if (m.endedOn !== undefined) await endMembership(db, id, { on: m.endedOn, reason: null });
  }
  for (const a of demo.applications) {
    const application = {
      kind: a.kind as MemberKind,
      name: a.name,
      organizationName: null,
      email: a.email,
      phone: null,
      motivation: a.motivation,
    };
    await insertApplication(db, { districtId: district.id, ...application, buurtId: await buurtId(a.buurt), at });
  }
  return district;
}
