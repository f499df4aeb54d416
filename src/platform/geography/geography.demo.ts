import { bumpVersion } from '../cache/data-versions.repository.ts';
import type { DbOrTx } from '../db/schema.ts';
import { insertBuurten, insertDistrict, insertMunicipality } from './geography.repository.ts';
import { slugify } from './slug.ts';

/**
 * Utrecht with the districts of the seeds. Oost has the fifteen buurten of seed 004's
 * table, in its order; the four Thuis in je Wijk districts (seed 003) get their best-known
 * buurten so that forms and searches work there too.
 */
const demoDistricts: readonly { name: string; buurten: readonly string[] }[] = [
  {
    name: 'Oost',
    buurten: [
      'Buiten Wittevrouwen',
      'Tolsteegsingel',
      'Sterrenwijk',
      'Watervogelbuurt',
      'Lodewijk Napoleonplantsoen',
      'Rubenslaan',
      'Schildersbuurt',
      'Abstede',
      'Oudwijk',
      'Wilhelminapark',
      'De Uithof',
      'Rijnsweerd-Zuid',
      'Rijnsweerd-Noord',
      'Galgenwaard',
      'Maarschalkerweerd',
    ],
  },
  {
    name: 'Overvecht',
    buurten: ['Overvecht-Noord', 'Overvecht-Zuid', 'Overvecht-Centrum', 'Vechtzoom', 'Tigrisdreef en omgeving', 'Taagdreef en omgeving'],
  },
  { name: 'Noordwest', buurten: ['Ondiep', 'Pijlsweerd', 'Zuilen-Noord', 'Zuilen-Oost', 'Zuilen-West', 'Elinkwijk'] },
  { name: 'Kanaleneiland', buurten: ['Kanaleneiland-Noord', 'Kanaleneiland-Zuid', 'Transwijk-Noord', 'Transwijk-Zuid'] },
  { name: 'Leidsche Rijn', buurten: ['Terwijde', 'Parkwijk', 'Langerak', 'Het Zand', 'Leeuwesteyn', 'Leidsche Rijn Centrum'] },
];

export async function seedDemoGeography(db: DbOrTx): Promise<void> {
  const municipalityId = await insertMunicipality(db, { slug: 'utrecht', name: 'Utrecht' });
  for (const [position, district] of demoDistricts.entries()) {
    const districtId = await insertDistrict(db, { municipalityId, slug: slugify(district.name), name: district.name, position });
    await insertBuurten(
      db,
      districtId,
      district.buurten.map((name) => ({ slug: slugify(name), name })),
    );
  }
  await bumpVersion(db, 'districts');
}
