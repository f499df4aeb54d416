import { assignRole, insertUser } from '../../platform/auth/auth.repository.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import type { Role } from '../../platform/auth/roles.rules.ts';
import type { Clock } from '../../platform/clock.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import { DEMO_PASSWORD } from '../../platform/auth/demo.ts';

interface DemoPerson {
  email: string;
  name: string;
  roles: { role: Role; district: string | null; buurt?: string }[];
}

/** Visibly fictional people, one per role, so every part of the portal can be tried at once. */
const demoPeople: readonly DemoPerson[] = [
  { email: 'beheer@wijkportaal.example', name: 'Beheerder Wijkportaal (demo)', roles: [{ role: 'administrator', district: null }] },
  { email: 'coordinator.oost@wijkportaal.example', name: 'Femke Coördinator (demo)', roles: [{ role: 'coordinator', district: 'oost' }] },
  {
    email: 'buurtassistent.sterrenwijk@wijkportaal.example',
    name: 'Sanne Buurtassistent (demo)',
    roles: [{ role: 'coordinator', district: 'oost', buurt: 'sterrenwijk' }],
  },
  { email: 'professional.oost@wijkportaal.example', name: 'Karim Buurtteam (demo)', roles: [{ role: 'professional', district: 'oost' }] },
  { email: 'vrijwilliger.oost@wijkportaal.example', name: 'Joop Vrijwilliger (demo)', roles: [{ role: 'volunteer', district: 'oost' }] },
  { email: 'regiegroep.oost@wijkportaal.example', name: 'Ria Regiegroep (demo)', roles: [{ role: 'steering_member', district: 'oost' }] },
  { email: 'bewoner.oost@wijkportaal.example', name: 'Anja Bewoner (demo)', roles: [{ role: 'resident', district: 'oost' }] },
  {
    email: 'coordinator.overvecht@wijkportaal.example',
    name: 'Ahmed Coördinator (demo)',
    roles: [{ role: 'coordinator', district: 'overvecht' }],
  },
];

async function idBySlug(db: DbOrTx, table: 'districts' | 'buurten', slug: string): Promise<string> {
  const row = await db.selectFrom(table).select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  return row.id;
}

export async function seedDemoAccounts(db: DbOrTx, deps: { clock: Clock }): Promise<void> {
  const at = deps.clock.now().toISOString();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const person of demoPeople) {
    const userId = await insertUser(db, { email: person.email, name: person.name, passwordHash, createdAt: at });
    for (const r of person.roles) {
      const districtId = r.district === null ? null : await idBySlug(db, 'districts', r.district);
      const buurtId = r.buurt === undefined ? null : await idBySlug(db, 'buurten', r.buurt);
      await assignRole(db, userId, { role: r.role, districtId, buurtId, organizationId: null }, { at, by: null });
    }
  }
}
