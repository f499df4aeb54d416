import { assignRole, findUserByEmail, insertUser } from '../../platform/auth/auth.repository.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import type { Talent } from './help.rules.ts';
import type { Reach } from './ranking.rules.ts';
import { slotsOf, type Day, type DayPart } from './time.rules.ts';
import { saveVolunteerProfile, setVolunteerStanding } from './volunteers.repository.ts';

interface DemoVolunteer {
  email: string;
  name: string;
  buurt: string;
  street: string;
  talents: Talent[];
  days: Day[];
  parts: DayPart[];
  reach: Reach;
  vog: boolean;
  active?: boolean;
  note?: string;
}

/** Visibly fictional volunteers spread over Oost; Joop is the demo volunteer who can sign in. */
const volunteers: readonly DemoVolunteer[] = [
  {
    email: 'vrijwilliger.oost@wijkportaal.example',
    name: 'Joop Vrijwilliger (demo)',
    buurt: 'sterrenwijk',
    street: 'Kastanjelaan',
    talents: ['groceries', 'walk', 'repairs', 'garden', 'buddy'],
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    parts: ['afternoon'],
    reach: 'neighbours',
    vog: true,
    note: 'Handig met fietsen (demo)',
  },
  {
    email: 'fatima.vrijwilliger@wijkportaal.example',
    name: 'Fatima Vrijwilliger (demo)',
    buurt: 'watervogelbuurt',
    street: 'Zwanenvechtlaan',
    talents: ['digital', 'home_visit', 'groceries'],
    days: ['mon', 'wed', 'fri'],
    parts: ['morning'],
    reach: 'buurt',
    vog: true,
  },
  {
    email: 'kees.klusser@wijkportaal.example',
    name: 'Kees Klusser (demo)',
    buurt: 'oudwijk',
    street: 'Oudwijkerdwarsstraat',
    talents: ['repairs', 'transport', 'garden'],
    days: ['sat'],
    parts: ['morning', 'afternoon'],
    reach: 'district',
    vog: true,
  },
  {
    email: 'lotte.student@wijkportaal.example',
    name: 'Lotte Student (demo)',
    buurt: 'de-uithof',
    street: 'Heidelberglaan',
    talents: ['walk', 'buddy', 'digital'],
    days: [],
    parts: ['evening'],
    reach: 'district',
    vog: false,
  },
  {
    email: 'henk.wandelaar@wijkportaal.example',
    name: 'Henk Wandelaar (demo)',
    buurt: 'schildersbuurt',
    street: 'Van Ostadestraat',
    talents: ['walk', 'waste', 'groceries'],
    days: ['tue', 'thu'],
    parts: ['morning'],
    reach: 'buurt',
    vog: false,
    active: false,
  },
  {
    email: 'marieke.maatje@wijkportaal.example',
    name: 'Marieke Maatje (demo)',
    buurt: 'lodewijk-napoleonplantsoen',
    street: 'Lodewijk Napoleonplantsoen',
    talents: ['buddy', 'home_visit', 'walk'],
    days: ['tue', 'wed', 'thu'],
    parts: ['afternoon', 'evening'],
    reach: 'neighbours',
    vog: true,
  },
  {
    email: 'ahmet.fietser@wijkportaal.example',
    name: 'Ahmet Fietser (demo)',
    buurt: 'rubenslaan',
    street: 'Rubenslaan',
    talents: ['transport', 'groceries', 'waste'],
    days: ['mon', 'sat', 'sun'],
    parts: [],
    reach: 'neighbours',
    vog: false,
  },
];

async function userFor(db: DbOrTx, v: DemoVolunteer, districtId: string, at: string): Promise<string> {
  const existing = await findUserByEmail(db, v.email);
  const id = existing?.id ?? (await insertUser(db, { email: v.email, name: v.name, passwordHash: null, createdAt: at }));
  await assignRole(db, id, { role: 'volunteer', districtId, buurtId: null, organizationId: null }, { at, by: null });
  return id;
}

/** The demo volunteers with their profiles; returns their ids by e-mail. */
export async function seedDemoVolunteers(db: DbOrTx, districtId: string, at: string): Promise<Map<string, string>> {
  const buurten = await db.selectFrom('buurten').select(['id', 'slug']).where('district_id', '=', districtId).execute();
  const ids = new Map<string, string>();
  for (const v of volunteers) {
    const userId = await userFor(db, v, districtId, at);
    const profile = {
      buurtId: buurten.find((b) => b.slug === v.buurt)?.id ?? '',
      street: v.street,
      talents: v.talents,
      talentNote: v.note ?? '',
      availability: slotsOf(v.days, v.parts),
      reach: v.reach,
      active: v.active ?? true,
    };
    const id = await saveVolunteerProfile(db, { districtId, userId }, profile, at);
    await setVolunteerStanding(db, id, { vogOnFile: v.vog, active: v.active ?? true }, at);
    ids.set(v.email, id);
  }
  return ids;
}
