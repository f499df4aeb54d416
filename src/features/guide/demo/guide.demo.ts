import type { Clock } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findDistrictBySlug, listBuurten } from '../../../platform/geography/geography.repository.ts';
import type { Actor } from '../model/actor.ts';
import { chooseContactPoint } from '../contact-point/walk-ins.repository.ts';
import { reindexDistrict } from '../search/index.repository.ts';
import { setStale } from './demo.repository.ts';
import { seedOrganizations } from './organizations.demo.ts';
import { demoPeople } from './people.demo.ts';
import { seedPlaces } from './places.demo.ts';
import { demo } from './seeds.demo.ts';
import { seedBuurtNetworks, seedServices } from './services.demo.ts';

/** The demo guide of Oost (seeds 000–004): organisations, places, offers, buurt networks, and two people who keep it. */
export async function seedDemoGuide(db: DbOrTx, deps: { clock: Clock }): Promise<void> {
  const oost = await findDistrictBySlug(db, 'oost');
  if (oost === undefined) throw new Error('the demo guide needs the district Oost');
  const at = deps.clock.now().toISOString();
  const actor: Actor = { userId: null, at };
  const buurten = new Map((await listBuurten(db, oost.id)).map((b) => [b.slug, b.id]));
  const organizations = await seedOrganizations(db, oost.id, actor);
  const expertId = await demoPeople(db, oost.id, organizations.get('DOCK') ?? '', at);
  const places = await seedPlaces(db, oost.id, { organizations, buurten, expertId }, actor);
  await seedServices(db, oost.id, organizations, places, buurten, actor);
  // Seed 004: the wijkinformatiepunt is the one place to call or walk in with any question.
  await chooseContactPoint(db, oost.id, places.get('Wijkinformatiepunt Oost') ?? '', at);
  await seedBuurtNetworks(db, oost.id, organizations.get('Wijkcoöperatie Oost voor Elkaar') ?? '', actor);
  const longAgo = new Date(deps.clock.now().getTime() - 400 * 86_400_000).toISOString();
  await setStale(db, oost.id, demo.stale, longAgo);
  await reindexDistrict(db, oost.id);
}
