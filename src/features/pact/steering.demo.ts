import { organizationIdOfPartner, type DemoContext } from './partners.demo.ts';
import { insertMember, replaceChairTerms } from './steering.repository.ts';
import { chairRotation, periodsFrom, type Seat } from './steering.rules.ts';

/** Oost's steering group in the composition of seed 000 §6, with visibly fictional people. */
const members: readonly [Seat, string, string, string | null][] = [
  ['resident_org', 'Ria Regiegroep (demo)', 'Wijkcoöperatie Oost voor Elkaar', 'regiegroep.oost@wijkportaal.example'],
  ['resident_org', 'Bas Bewonersorganisatie (demo)', 'Podium Oost', 'podium@partners.example'],
  ['first_line_care', 'Eva Eerstelijn (demo)', 'Stichting Utrecht Oost Gezond', 'oostgezond@partners.example'],
  ['buurtteam', 'Karim Buurtteam (demo)', 'Buurtteam Oost', 'professional.oost@wijkportaal.example'],
  ['dock', 'Sam Opbouwwerker DOCK (demo)', 'DOCK', 'dock.oost@wijkportaal.example'],
  ['informal_care', 'Nina Informele Zorg (demo)', 'NIZU', 'nizu@partners.example'],
  ['municipality', 'Gerda Gemeente (demo)', 'Gemeente Utrecht', 'gemeente@partners.example'],
];

export async function seedDemoSteering(c: DemoContext): Promise<void> {
  const ids = [];
  for (const [index, [seat, name, org, email]] of members.entries()) {
    const joinedOn = `2022-01-${String(index + 10).padStart(2, '0')}`;
    const organizationId = await organizationIdOfPartner(c.db, c.oostPartners.get(org));
    ids.push({ id: await insertMember(c.db, { districtId: c.oost, seat, name, organizationId, email, joinedOn, at: c.at }), joinedOn });
  }
  await replaceChairTerms(c.db, c.oost, chairRotation(ids, null, periodsFrom(`${c.year - 1}-1`, 6)));
}
