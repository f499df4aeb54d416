import type { DemoContext } from '../partners/partners.demo.ts';
import { organizationOfPartner } from '../partners/partners.repository.ts';
import data from './steering.demo.json' with { type: 'json' };
import { insertMember, replaceChairTerms } from './steering.repository.ts';
import { chairRotation, periodsFrom, type Seat } from './steering.rules.ts';

/** Oost's steering group in the composition of seed 000 §6, with visibly fictional people. */
const members = data.members as { seat: Seat; name: string; organization: string; email: string | null }[];

export async function seedDemoSteering(c: DemoContext): Promise<void> {
  const ids = [];
  for (const [index, { seat, name, organization, email }] of members.entries()) {
    const joinedOn = `2022-01-${String(index + 10).padStart(2, '0')}`;
    const partnerId = c.oostPartners.get(organization);
    const organizationId = partnerId === undefined ? null : await organizationOfPartner(c.db, partnerId);
    ids.push({ id: await insertMember(c.db, { districtId: c.oost, seat, name, organizationId, email, joinedOn, at: c.at }), joinedOn });
  }
  await replaceChairTerms(c.db, c.oost, chairRotation(ids, null, periodsFrom(`${c.year - 1}-1`, 6)));
}
