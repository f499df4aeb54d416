import { assignRole, insertUser } from '../../../platform/auth/auth.repository.ts';
import { DEMO_PASSWORD } from '../../../platform/auth/demo.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import type { Role } from '../../../platform/auth/roles.rules.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findBuurt, findDistrictBySlug } from '../../../platform/geography/geography.repository.ts';
import people from './people.demo.json' with { type: 'json' };

interface DemoPerson {
  email: string;
  name: string;
  /** District and buurt by slug; no district for an administrator of every district. */
  /** A coordinating volunteer's service: the kind of neighbour help they coordinate. */
  roles: { role: Role; district: string | null; buurt?: string; service?: string }[];
}

/** Visibly fictional people, one per role, so every part of the portal can be tried at once. */
const demoPeople = people as DemoPerson[];

async function scopeOf(db: DbOrTx, district: string | null, buurt: string | undefined) {
  if (district === null) return { districtId: null, buurtId: null };
  const found = await findDistrictBySlug(db, district);
  if (found === undefined) throw new Error(`demo: no district ${district}`);
  const inBuurt = buurt === undefined ? undefined : await findBuurt(db, found.id, buurt);
  if (buurt !== undefined && inBuurt === undefined) throw new Error(`demo: no buurt ${buurt}`);
  return { districtId: found.id, buurtId: inBuurt?.id ?? null };
}

export async function seedDemoAccounts(db: DbOrTx, deps: { clock: Clock }): Promise<void> {
  const at = deps.clock.now().toISOString();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const person of demoPeople) {
    const userId = await insertUser(db, { email: person.email, name: person.name, passwordHash, createdAt: at });
    for (const r of person.roles) {
      const scope = await scopeOf(db, r.district, r.buurt);
      await assignRole(db, userId, { role: r.role, ...scope, organizationId: null, service: r.service ?? null }, { at, by: null });
    }
  }
}
