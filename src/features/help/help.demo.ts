import type { Clock } from '../../platform/clock.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import { seedRules, type HouseRules } from './help.rules.ts';
import { findOrCreateOrganization } from '../guide/index.ts';
import { seedDemoVolunteers } from './people.demo.ts';
import { seedDemoRequests } from './requests.demo.ts';
import { saveHouseRules } from './rules.repository.ts';

/** The house rules of Wijkcoöperatie Oost voor Elkaar (seed 004, "Spelregels wijkmatching"). */
export const oostRules: HouseRules = {
  ...seedRules,
  cooperativeName: 'Wijkcoöperatie Oost voor Elkaar',
  schemeName: 'Oost helpt',
  studentDesk: 'Wijkleerhuis / Buurtcampus Oost',
  socialEntrepreneurs: ['Fietsenmaker De Rijnstraat (demo) | fietsen maken en vervoer | 030 000 0103 (demo)'],
  contactPhone: '030 000 0100 (demo)',
  contactEmail: 'oosthelpt@wijkportaal.example',
  walkIn: 'Wijkinformatiepunt Oost, dinsdag en donderdag 10.00–12.00 (demo)',
};

/**
 * Which of Oost's fifteen buurten border each other, after the map of Utrecht Oost: north
 * of the Biltstraat the old working-class buurten, south of it the Wilhelminapark side,
 * east of the Waterlinieweg Rijnsweerd, Galgenwaard, Maarschalkerweerd and the Uithof.
 */
const oostNeighbours: readonly [string, readonly string[]][] = [
  ['buiten-wittevrouwen', ['sterrenwijk', 'oudwijk']],
  ['sterrenwijk', ['watervogelbuurt', 'lodewijk-napoleonplantsoen', 'schildersbuurt']],
  ['watervogelbuurt', ['lodewijk-napoleonplantsoen', 'rubenslaan']],
  ['lodewijk-napoleonplantsoen', ['rubenslaan', 'schildersbuurt']],
  ['oudwijk', ['schildersbuurt', 'abstede', 'wilhelminapark']],
  ['schildersbuurt', ['rubenslaan', 'wilhelminapark']],
  ['rubenslaan', ['wilhelminapark', 'galgenwaard', 'rijnsweerd-noord']],
  ['abstede', ['tolsteegsingel', 'wilhelminapark']],
  ['tolsteegsingel', ['wilhelminapark', 'maarschalkerweerd']],
  ['wilhelminapark', ['galgenwaard']],
  ['galgenwaard', ['rijnsweerd-noord', 'rijnsweerd-zuid', 'maarschalkerweerd']],
  ['rijnsweerd-noord', ['rijnsweerd-zuid', 'de-uithof']],
  ['rijnsweerd-zuid', ['maarschalkerweerd', 'de-uithof']],
  ['maarschalkerweerd', ['de-uithof']],
];

async function seedAdjacency(db: DbOrTx, districtId: string): Promise<void> {
  const buurten = await db.selectFrom('buurten').select(['id', 'slug']).where('district_id', '=', districtId).execute();
  const idOf = (slug: string) => {
    const id = buurten.find((b) => b.slug === slug)?.id;
    if (id === undefined) throw new Error(`no buurt ${slug}`);
    return id;
  };
  const pairs = oostNeighbours.flatMap(([a, list]) => list.flatMap((b) => [[idOf(a), idOf(b)] as const, [idOf(b), idOf(a)] as const]));
  await db
    .insertInto('help_buurt_neighbours')
    .values(pairs.map(([buurt_id, neighbour_id]) => ({ buurt_id, neighbour_id })))
    .execute();
}

/** Social entrepreneurs for large and many jobs: fictional, in the guide, so the referral has somewhere to go. */
const socialEntrepreneurs: readonly [string, string][] = [
  [
    'Klusbedrijf Buurtwerk Oost (demo)',
    'Grotere klussen in en om het huis, voor een maatschappelijk tarief. Werkt met mensen die weer aan het werk gaan.',
  ],
  ['Groenploeg Oost (demo)', 'Tuinen opknappen en onderhouden, voor een maatschappelijk tarief.'],
];

export async function seedDemoHelp(db: DbOrTx, deps: { clock: Clock }): Promise<void> {
  const oost = await db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
  const now = deps.clock.now();
  const at = now.toISOString();
  await saveHouseRules(db, oost.id, oostRules, { at, by: null });
  await seedAdjacency(db, oost.id);
  for (const [name, description] of socialEntrepreneurs)
    await findOrCreateOrganization(db, { districtId: oost.id, name, kind: 'social_entrepreneur', description, at });
  const volunteers = await seedDemoVolunteers(db, oost.id, at);
  await seedDemoRequests(db, { districtId: oost.id, rules: oostRules, volunteers, now });
}
