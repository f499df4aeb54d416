import type { Clock } from '../../platform/clock.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import type { OrganizationKind } from './guide.tables.ts';
import { findOrCreateOrganization } from './organizations.repository.ts';

/** The signatories of Wijkpact Samen Oost (seed 001), with the kind of organisation each is. */
const oostSignatories: readonly [string, OrganizationKind][] = [
  ['Hogeschool Utrecht', 'education'],
  ['ROC Midden Nederland', 'education'],
  ['Gemeente Utrecht', 'municipality'],
  ['U Centraal', 'welfare'],
  ['Diaconessenhuis', 'care_provider'],
  ['De Wilg', 'other'],
  ['Podium Oost', 'resident_initiative'],
  ['Stichting Utrecht Oost Gezond', 'care_provider'],
  ['DOCK', 'welfare'],
  ['Buurtteam Oost', 'welfare'],
  ['SportUtrecht', 'sports'],
  ['Instituut Voor Vitaal Ondernemen', 'education'],
  ['Academie Instituut', 'education'],
  ['NIZU', 'welfare'],
  ['PAZIO', 'care_provider'],
  ['Buurtzorg Wilhelminapark e.o.', 'care_provider'],
  ['Wilhelminakerk', 'faith'],
  ['Stichting Jou', 'welfare'],
  ['Wijkcoöperatie Oost voor Elkaar', 'resident_initiative'],
];

export async function seedDemoGuide(db: DbOrTx, deps: { clock: Clock }): Promise<void> {
  const oost = await db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
  const at = deps.clock.now().toISOString();
  for (const [name, kind] of oostSignatories) await findOrCreateOrganization(db, { districtId: oost.id, name, kind, at });
}
