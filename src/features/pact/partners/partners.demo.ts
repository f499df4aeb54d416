import type { Clock } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findDistrictBySlug, type District } from '../../../platform/geography/geography.repository.ts';
import { findOrCreateOrganization, type OrganizationKind } from '../../guide/index.ts';
import { chooseProgramme } from '../programmes/programmes.repository.ts';
import { saveSettings } from '../settings/settings.repository.ts';
import data from './partners.demo.json' with { type: 'json' };
import { insertPartner, unknownDate, type ContactPerson } from './partners.repository.ts';

/**
 * Seed 001's signatories of Wijkpact Samen Oost with their role from seed 000 annex III and
 * visibly fictional contact persons. The seeds give no signing date, so none is stored. The
 * signatories of the Akkoord Thuis in je Wijk are held once, at city level (programmes.demo.ts).
 */
const demo = data as {
  roles: Record<string, string>;
  oost: { pactName: string; partners: { name: string; role: string; contact?: ContactPerson }[] };
};

/** The four Thuis in je Wijk districts of seed 003 §2.1. */
const tijwDistricts = ['overvecht', 'noordwest', 'kanaleneiland', 'leidsche-rijn'];

/** Partner ids of a district by organisation name, for the other demo data. */
export type PartnerIds = Map<string, string>;

export interface DemoContext {
  db: DbOrTx;
  at: string;
  year: number;
  oost: string;
  oostPartners: PartnerIds;
  tijw: { slug: string; id: string; name: string; partners: PartnerIds }[];
}

async function districtOfSlug(db: DbOrTx, slug: string): Promise<District> {
  const district = await findDistrictBySlug(db, slug);
  if (district === undefined) throw new Error(`no district ${slug}`);
  return district;
}

async function seedPartners(
  db: DbOrTx,
  district: District,
  partners: readonly { name: string; kind: OrganizationKind; role: string; contact?: ContactPerson }[],
  at: string,
): Promise<PartnerIds> {
  const ids: PartnerIds = new Map();
  for (const p of partners) {
    const organizationId = await findOrCreateOrganization(db, { districtId: district.id, name: p.name, kind: p.kind, at });
    const contact = p.contact === undefined ? {} : { contact: p.contact };
    const partner = { districtId: district.id, organizationId, signedOn: unknownDate, role: p.role, ...contact, at };
    ids.set(p.name, await insertPartner(db, partner));
  }
  return ids;
}

export async function seedDemoPartners(db: DbOrTx, clock: Clock): Promise<DemoContext> {
  const at = clock.now().toISOString();
  const oost = await districtOfSlug(db, 'oost');
  await saveSettings(db, oost.id, { pactName: demo.oost.pactName, programme: 'wijkpact' }, at);
  await chooseProgramme(db, oost.id, { kind: 'wijkpact', name: demo.oost.pactName }, at);
  const oostPartners = demo.oost.partners.map((p) => ({ ...p, kind: 'partner' as const, role: demo.roles[p.role] ?? '' }));
  const oostIds = await seedPartners(db, oost, oostPartners, at);
  const tijw = [];
  for (const slug of tijwDistricts) {
    const district = await districtOfSlug(db, slug);
    const pactName = `Thuis in je Wijk ${district.name}`;
    await saveSettings(db, district.id, { pactName, programme: 'thuis_in_je_wijk' }, at);
    await chooseProgramme(db, district.id, { kind: 'thuis_in_je_wijk', name: pactName }, at);
    tijw.push({ slug, id: district.id, name: district.name, partners: new Map<string, string>() });
  }
  return { db, at, year: clock.now().getUTCFullYear(), oost: oost.id, oostPartners: oostIds, tijw };
}
