import type { Clock } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findDistrictBySlug, listBuurten } from '../../../platform/geography/geography.repository.ts';
import { findOrCreateOrganization } from '../../guide/index.ts';
import { seedRules, type HouseRules } from '../house-rules/house-rules.rules.ts';
import { saveHouseRules } from '../house-rules/rules.repository.ts';
import { saveNeighbours } from '../matching/neighbours.repository.ts';
import oost from './help.demo.json' with { type: 'json' };
import { seedDemoRequests } from './requests.demo.ts';
import { seedDemoVolunteers } from './volunteers.demo.ts';

/**
 * The house rules of Wijkcoöperatie Oost voor Elkaar (seed 004, "Spelregels wijkmatching"),
 * which buurten of Oost border each other (after the map of Utrecht Oost), and fictional
 * social entrepreneurs in the guide, so a large job has somewhere to go.
 */
export const oostRules: HouseRules = { ...seedRules, ...oost.rules };

export async function seedDemoHelp(db: DbOrTx, deps: { clock: Clock }): Promise<void> {
  const district = await findDistrictBySlug(db, 'oost');
  if (district === undefined) throw new Error('no district oost');
  const now = deps.clock.now();
  const at = now.toISOString();
  await saveHouseRules(db, district.id, oostRules, { at, by: null });
  const buurten = await listBuurten(db, district.id);
  const idOf = (slug: string) => {
    const id = buurten.find((b) => b.slug === slug)?.id;
    if (id === undefined) throw new Error(`no buurt ${slug}`);
    return id;
  };
  await saveNeighbours(
    db,
    oost.neighbours.flatMap((n) => n.borders.map((b) => [idOf(n.buurt), idOf(b)] as const)),
  );
  for (const { name, description } of oost.socialEntrepreneurs)
    await findOrCreateOrganization(db, { districtId: district.id, name, kind: 'social_entrepreneur', description, at });
  const volunteers = await seedDemoVolunteers(db, district.id, at);
  await seedDemoRequests(db, { districtId: district.id, rules: oostRules, volunteers, now });
}
