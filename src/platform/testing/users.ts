import { assignRole, insertUser } from '../auth/auth.repository.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Role } from '../auth/roles.rules.ts';
import type { Db } from '../db/schema.ts';

export const TEST_PASSWORD = 'een heel geheim wachtwoord';

export interface TestRole {
  role: Role;
  /** District slug; omit for a city-wide administrator. */
  district?: string;
  buurt?: string;
  organizationId?: string;
}

async function idOf(db: Db, table: 'districts' | 'buurten', slug: string, districtId?: string): Promise<string> {
  let query = db.selectFrom(table).select('id').where('slug', '=', slug);
  if (table === 'buurten' && districtId !== undefined) query = query.where('district_id', '=', districtId);
  const row = await query.executeTakeFirst();
  if (row === undefined) throw new Error(`No ${table} with slug ${slug}`);
  return row.id;
}

/** Makes a user with a password and roles, straight in the database, for tests. */
export async function createTestUser(
  db: Db,
  user: { email: string; name?: string; password?: string; roles?: TestRole[] },
): Promise<string> {
  const id = await insertUser(db, {
    email: user.email,
    name: user.name ?? user.email.split('@')[0] ?? 'Test',
    passwordHash: await hashPassword(user.password ?? TEST_PASSWORD),
    createdAt: new Date().toISOString(),
  });
  for (const r of user.roles ?? []) {
    const districtId = r.district === undefined ? null : await idOf(db, 'districts', r.district);
    const buurtId = r.buurt === undefined ? null : await idOf(db, 'buurten', r.buurt, districtId ?? undefined);
    await assignRole(
      db,
      id,
      { role: r.role, districtId, buurtId, organizationId: r.organizationId ?? null },
      { at: new Date().toISOString(), by: null },
    );
  }
  return id;
}
