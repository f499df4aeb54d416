import { insertUser } from '../../../platform/auth/auth.repository.ts';
import { DEMO_PASSWORD } from '../../../platform/auth/demo.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import { localDay } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findBuurt, type District } from '../../../platform/geography/geography.repository.ts';
import { insertStudent } from '../students/students.repository.ts';
import demo from './pools.demo.json' with { type: 'json' };
import { insertProfile, setStatus } from './pools.repository.ts';
import type { PoolKind } from './pools.rules.ts';

const WEEK = 7 * 86_400_000;

/** Pool 2 and the student pool of the demo cooperative: plainly fictional people, no figures of the seeds. */
export async function seedDemoPools(db: DbOrTx, district: District, now: Date): Promise<void> {
  const at = now.toISOString();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const p of demo.poolTwo) {
    const buurt = await findBuurt(db, district.id, p.buurt);
    if (buurt === undefined) throw new Error(`demo: no buurt ${p.buurt}`);
    const userId = await insertUser(db, { email: p.email, name: p.name, passwordHash, createdAt: at });
    const profile = { kind: p.kind as PoolKind, buurtId: buurt.id, talents: p.talents, skills: p.skills, availability: p.availability };
    const id = await insertProfile(db, { districtId: district.id, userId, ...profile, at });
    if (p.status === 'paused') await setStatus(db, id, 'active', 'paused', at);
  }
  for (const s of demo.students) {
    const periodStart = localDay(new Date(now.getTime() - s.weeksBefore * WEEK));
    const periodEnd = localDay(new Date(now.getTime() + s.weeksAfter * WEEK));
    const { name, email, programme, institution, hoursPerWeek } = s;
    await insertStudent(db, { districtId: district.id, name, email, programme, institution, periodStart, periodEnd, hoursPerWeek, at });
  }
}
