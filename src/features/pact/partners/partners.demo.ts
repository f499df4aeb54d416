import type { Clock } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findDistrictBySlug, type District } from '../../../platform/geography/geography.repository.ts';
import { findOrCreateOrganization, type OrganizationKind } from '../../guide/index.ts';
import { saveSettings } from '../settings/settings.repository.ts';
import data from './partners.demo.json' with { type: 'json' };
import { insertPartner, type ContactPerson } from './partners.repository.ts';

/**
 * Seed 001's signatories of Wijkpact Samen Oost with their role from seed 000 annex III and
 * visibly fictional contact persons; seed 003 annex 4's signatories of the Akkoord Thuis in
 * je Wijk in its four districts.
 */
const demo = data as {
  roles: Record<string, string>;
  oost: { pactName: string; signedOn: string; partners: { name: string; role: string; contact?: ContactPerson }[] };
  thuisInJeWijk: { districts: string[]; signedOn: string; signatories: { name: string; kind: OrganizationKind }[] };
};

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
  signedOn: string,
  partners: readonly { name: string; kind: OrganizationKind; role: string; contact?: ContactPerson }[],
  at: string,
): Promise<PartnerIds> {
  const ids: PartnerIds = new Map();
  for (const p of partners) {
    const organizationId = await findOrCreateOrganization(db, { districtId: district.id, name: p.name, kind: p.kind, at });
    const contact = p.contact === undefined ? {} : { contact: p.contact };
    ids.set(p.name, await insertPartner(db, { districtId: district.id, organizationId, signedOn, role: p.role, ...contact, at }));
  }
  return ids;
}

export async function seedDemoPartners(db: DbOrTx, clock: Clock): Promise<DemoContext> {
  const at = clock.now().toISOString();
  const oost = await districtOfSlug(db, 'oost');
  await saveSettings(db, oost.id, { pactName: demo.oost.pactName, programme: 'wijkpact' }, at);
  const oostPartners = demo.oost.partners.map((p) => ({ ...p, kind: 'partner' as const, role: demo.roles[p.role] ?? '' }));
  const oostIds = await seedPartners(db, oost, demo.oost.signedOn, oostPartners, at);
  const tijw = [];
  for (const slug of demo.thuisInJeWijk.districts) {
    const district = await districtOfSlug(db, slug);
    await saveSettings(db, district.id, { pactName: `Thuis in je Wijk ${district.name}`, programme: 'thuis_in_je_wijk' }, at);
    const signatories = demo.thuisInJeWijk.signatories.map((s) => ({ ...s, role: '' }));
    const partners = await seedPartners(db, district, demo.thuisInJeWijk.signedOn, signatories, at);
    tijw.push({ slug, id: district.id, name: district.name, partners });
  }
  return { db, at, year: clock.now().getUTCFullYear(), oost: oost.id, oostPartners: oostIds, tijw };
}
