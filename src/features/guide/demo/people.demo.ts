import { assignRole, insertUser } from '../../../platform/auth/auth.repository.ts';
import { DEMO_PASSWORD } from '../../../platform/auth/demo.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { setExpert } from '../assessments/experts.repository.ts';

/** The demo expert by experience (who assessed places) and DOCK's partner contact; answers the expert's id. */
export async function demoPeople(db: DbOrTx, districtId: string, dockId: string, at: string): Promise<string> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const expert = await insertUser(db, {
    email: 'ervaringsdeskundige.oost@wijkportaal.example',
    name: 'Hanna Ervaringsdeskundige (demo)',
    passwordHash,
    createdAt: at,
  });
  await setExpert(db, expert, true);
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
