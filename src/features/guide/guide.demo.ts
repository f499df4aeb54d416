import type { Clock } from '../../platform/clock.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import type { OrganizationKind } from './guide.tables.ts';
import { findOrCreateLocation, findOrCreateOrganization } from './organizations.repository.ts';

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

/** The meeting places of seed 000 (§7 and annex III), with the organisation that runs each where the seed says. */
const oostMeetingPlaces: readonly [string, string | null][] = [
  ['Podium Oost', 'Podium Oost'],
  ['Sterrenzicht', 'DOCK'],
  ['De Wilg', 'De Wilg'],
  ['Vitaliteitslab ROC Midden Nederland', 'ROC Midden Nederland'],
  ['Praktijkschool Kranenburg', null],
  ['Speeltuin de Bloesem', 'DOCK'],
];

export async function seedDemoGuide(db: DbOrTx, deps: { clock: Clock }): Promise<void> {
  const oost = await db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
  const at = deps.clock.now().toISOString();
  const orgIds = new Map<string, string>();
  for (const [name, kind] of oostSignatories) orgIds.set(name, await findOrCreateOrganization(db, { districtId: oost.id, name, kind, at }));
  for (const [name, owner] of oostMeetingPlaces) {
    await findOrCreateLocation(db, {
      districtId: oost.id,
      name,
      organizationId: owner === null ? null : orgIds.get(owner),
      isMeetingPlace: true,
      at,
    });
  }
}
