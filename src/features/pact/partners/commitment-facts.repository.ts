import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { PartnerYear } from './partners.rules.ts';

/** What the system records about a partner in a year, for commitments b–d. */
export async function partnerYearFacts(
  db: DbOrTx,
  districtId: string,
  partnerId: string,
  year: number,
): Promise<Omit<PartnerYear, 'hasContact'>> {
  const joint = db
    .selectFrom('pact_meetings')
    .select('id')
    .where('district_id', '=', districtId)
    .where('kind', 'in', ['broad', 'goal'])
    .where('starts_at', '>=', `${year}-01-01`)
    .where('starts_at', '<', `${year + 1}-01-01`);
  const [organised, owned, held, attended] = await Promise.all([
    db
      .selectFrom('pact_meeting_organizers')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('partner_id', '=', partnerId)
      .where('meeting_id', 'in', joint.where('status', '!=', 'cancelled'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('pact_project_owners as o')
      .innerJoin('pact_projects as p', 'p.id', 'o.project_id')
      .innerJoin('pact_agenda_versions as v', 'v.id', 'p.version_id')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('o.partner_id', '=', partnerId)
      .where('v.district_id', '=', districtId)
      .where('v.year', '=', year)
      .where('v.adopted_on', 'is', null)
      .executeTakeFirstOrThrow(),
    joint.where('status', '=', 'held').execute(),
    db
      .selectFrom('pact_attendance')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('partner_id', '=', partnerId)
      .where('meeting_id', 'in', joint.where('status', '=', 'held'))
      .where('people', '>', 0)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    coOrganised: Number(organised.n),
    projectsOwned: Number(owned.n),
    jointMeetingsHeld: held.length,
    jointMeetingsAttended: Number(attended.n),
  };
}
