import type { Clock } from '../../platform/clock.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import type { OrganizationKind } from '../guide/index.ts';
import { findOrCreateOrganization } from '../guide/index.ts';
import { insertPartner } from './partners.repository.ts';
import { saveSettings } from './settings.repository.ts';

/** Seed 000 annex III: the role and added value of each kind of signatory. */
const roles = {
  residents:
    'Heeft meer tijd om met bewoners in gesprek te gaan, zet talent en ervaringsdeskundigheid in voor sociale en zingevende initiatieven, en zorgt op ongedwongen wijze voor elkaar.',
  buurtteam:
    'Generalistische begeleiding op maat, tijdelijk of langdurig. Verwijst waar passend door naar bewonersinitiatieven, informele zorg of specialistische zorg.',
  firstLine:
    '(Para)medische basiszorg, kwetsbare ouderen, jeugd, basis-ggz (met ervaringsdeskundigen) en ICT; werkt steeds meer preventief en digitaal. Organiseert de brede wijkbijeenkomst.',
  care: 'Levert aanvullend gespecialiseerde zorg in de wijk, zoals rond mentale gezondheid of revalidatie.',
  informal:
    'Getrainde vrijwilligers voor vragen die bewoners, buurt of wijk niet zelf kunnen oplossen; aanvullend op wat de wijk zelf organiseert.',
  dock: 'Sociaal makelorganisatie: actief in Sterrenwijk, Napoleonplantsoen en Watervogelbuurt, sociaal beheerder van Sterrenzicht en speeltuin de Bloesem, ondersteunt buurtinitiatieven.',
  entrepreneur:
    'Sociaal ondernemer: diensten op het gebied van leefstijl, vitaliteit en digitale toepassingen, met eigenaarschap van data goed geborgd.',
  education:
    'Onderwijs en onderzoek in de wijk: lokale vraagstukken langdurig oppakken en praktische ondersteuning bieden vanuit een leercontext.',
  municipality:
    'Zorgt voor duidelijke en samenhangende kaders, sluit aan bij bijeenkomsten in de wijk en faciliteert bewonersinitiatieven via het wijkbureau.',
  sport: 'Sport- en beweegaanbod in de wijk, als partner op het gebied van gezonde leefstijl.',
} as const;

/** Seed 001's signatories of Wijkpact Samen Oost, with their role from annex III. */
const oostPartners: readonly [string, keyof typeof roles][] = [
  ['Hogeschool Utrecht', 'education'],
  ['ROC Midden Nederland', 'education'],
  ['Gemeente Utrecht', 'municipality'],
  ['U Centraal', 'informal'],
  ['Diaconessenhuis', 'care'],
  ['De Wilg', 'care'],
  ['Podium Oost', 'residents'],
  ['Stichting Utrecht Oost Gezond', 'firstLine'],
  ['DOCK', 'dock'],
  ['Buurtteam Oost', 'buurtteam'],
  ['SportUtrecht', 'sport'],
  ['Instituut Voor Vitaal Ondernemen', 'entrepreneur'],
  ['Academie Instituut', 'education'],
  ['NIZU', 'informal'],
  ['PAZIO', 'care'],
  ['Buurtzorg Wilhelminapark e.o.', 'care'],
  ['Wilhelminakerk', 'residents'],
  ['Stichting Jou', 'informal'],
  ['Wijkcoöperatie Oost voor Elkaar', 'residents'],
];

/** Visibly fictional contact persons for some partners; the others have none yet (commitment a). */
const oostContacts: Readonly<Record<string, { name: string; email: string; phone: string }>> = {
  'Stichting Utrecht Oost Gezond': { name: 'Eva Eerstelijn (demo)', email: 'oostgezond@partners.example', phone: '030 000 0001' },
  'Buurtteam Oost': { name: 'Karim Buurtteam (demo)', email: 'professional.oost@wijkportaal.example', phone: '030 000 0002' },
  'Wijkcoöperatie Oost voor Elkaar': { name: 'Ria Regiegroep (demo)', email: 'regiegroep.oost@wijkportaal.example', phone: '030 000 0003' },
  NIZU: { name: 'Nina Informele Zorg (demo)', email: 'nizu@partners.example', phone: '030 000 0004' },
  'Hogeschool Utrecht': { name: 'Hans Hogeschool (demo)', email: 'hu@partners.example', phone: '030 000 0005' },
  'Gemeente Utrecht': { name: 'Gerda Gemeente (demo)', email: 'gemeente@partners.example', phone: '030 000 0006' },
};

/** Seed 003 annex 4: the signatories of the Akkoord Thuis in je Wijk (31 January 2023). */
const tijwSignatories: readonly [string, OrganizationKind][] = [
  ['Gemeente Utrecht', 'municipality'],
  ['Lister', 'care_provider'],
  ['Leger des Heils', 'care_provider'],
  ['Abrona', 'care_provider'],
  ['Timon', 'care_provider'],
  ['Philadelphia', 'care_provider'],
  ['Kwintes', 'care_provider'],
  ['De Tussenvoorziening', 'care_provider'],
  ['Amerpoort', 'care_provider'],
  ['Steunpunt GGZ', 'welfare'],
  ['Reinaerde', 'care_provider'],
  ['Buurtteams sociaal', 'welfare'],
  ['DOCK', 'welfare'],
  ['Humanitas DMH', 'welfare'],
  ['Sport Utrecht', 'sports'],
  ['Plushome', 'care_provider'],
  ['Wijksupport', 'welfare'],
  ['Vrijwilligerscentrale Utrecht', 'welfare'],
  ['Meetellen', 'resident_initiative'],
  ['Wijkcooperatie Kanaleneiland', 'resident_initiative'],
  ['Portaal', 'other'],
  ['Cazas Wonen', 'other'],
  ['Woonin', 'other'],
  ['Jados', 'other'],
  ['Handje Helpen', 'welfare'],
  ['NIZU', 'welfare'],
  ['De Wilg', 'other'],
  ['Taal doet Meer', 'welfare'],
  ['Stichting Exodus Nederland', 'care_provider'],
  ['Utrecht Natuurlijk', 'other'],
  ['Stichting Al Amal', 'resident_initiative'],
  ['InteraktContour', 'care_provider'],
  ['Wij 3.0', 'resident_initiative'],
  ['SterkZorg', 'care_provider'],
];

const tijwDistricts = ['overvecht', 'noordwest', 'kanaleneiland', 'leidsche-rijn'] as const;

async function districtIdOf(db: DbOrTx, slug: string): Promise<string> {
  return (await db.selectFrom('districts').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
}

/** Partner ids of a district by organisation name, for the other demo data. */
export type PartnerIds = Map<string, string>;

async function seedOostPartners(db: DbOrTx, districtId: string, at: string): Promise<PartnerIds> {
  const ids: PartnerIds = new Map();
  for (const [name, role] of oostPartners) {
    const organizationId = await findOrCreateOrganization(db, { districtId, name, kind: 'partner', at });
    const contact = oostContacts[name];
    ids.set(
      name,
      await insertPartner(db, {
        districtId,
        organizationId,
        signedOn: '2022-01-01',
        role: roles[role],
        contact: contact && { ...contact },
        at,
      }),
    );
  }
  return ids;
}

export interface DemoContext {
  db: DbOrTx;
  at: string;
  year: number;
  oost: string;
  oostPartners: PartnerIds;
  tijw: { slug: string; id: string; name: string; partners: PartnerIds }[];
}

export async function seedDemoPartners(db: DbOrTx, clock: Clock): Promise<DemoContext> {
  const at = clock.now().toISOString();
  const oost = await districtIdOf(db, 'oost');
  await saveSettings(db, oost, { pactName: "Wijkpact 'Samen Oost'", programme: 'wijkpact' }, at);
  const oostIds = await seedOostPartners(db, oost, at);
  const tijw = [];
  for (const slug of tijwDistricts) {
    const id = await districtIdOf(db, slug);
    const name = (await db.selectFrom('districts').select('name').where('id', '=', id).executeTakeFirstOrThrow()).name;
    await saveSettings(db, id, { pactName: `Thuis in je Wijk ${name}`, programme: 'thuis_in_je_wijk' }, at);
    const partners: PartnerIds = new Map();
    for (const [org, kind] of tijwSignatories) {
      const organizationId = await findOrCreateOrganization(db, { districtId: id, name: org, kind, at });
      partners.set(org, await insertPartner(db, { districtId: id, organizationId, signedOn: '2023-01-31', role: '', at }));
    }
    tijw.push({ slug, id, name, partners });
  }
  return { db, at, year: clock.now().getUTCFullYear(), oost, oostPartners: oostIds, tijw };
}

export async function organizationIdOfPartner(db: DbOrTx, partnerId: string | undefined): Promise<string | null> {
  if (partnerId === undefined) return null;
  return (
    (await db.selectFrom('pact_partners').select('organization_id').where('id', '=', partnerId).executeTakeFirst())?.organization_id ?? null
  );
}
