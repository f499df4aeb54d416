import type { DbOrTx } from '../../platform/db/schema.ts';
import type { PartnerYear } from './partners.rules.ts';

const yearRange = (year: number) => [`${year}-01-01`, `${year + 1}-01-01`] as const;

/** What the system records about each partner in a year, for commitments b–d. */
export async function partnerYearFacts(
  db: DbOrTx,
  districtId: string,
  year: number,
): Promise<Map<string, Omit<PartnerYear, 'hasContact'>>> {
  const [from, to] = yearRange(year);
  const joint = db
    .selectFrom('pact_meetings')
    .select('id')
    .where('district_id', '=', districtId)
    .where('kind', 'in', ['broad', 'goal'])
    .where('starts_at', '>=', from)
    .where('starts_at', '<', to);
  const [organised, owned, held, attended] = await Promise.all([
    db
      .selectFrom('pact_meeting_organizers')
      .select(['partner_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('meeting_id', 'in', joint.where('status', '!=', 'cancelled'))
      .groupBy('partner_id')
      .execute(),
    db
      .selectFrom('pact_project_owners as o')
      .innerJoin('pact_projects as p', 'p.id', 'o.project_id')
      .innerJoin('pact_agenda_versions as v', 'v.id', 'p.version_id')
      .select(['o.partner_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('v.district_id', '=', districtId)
      .where('v.year', '=', year)
      .where('v.adopted_on', 'is', null)
      .groupBy('o.partner_id')
      .execute(),
    joint.where('status', '=', 'held').execute(),
    db
      .selectFrom('pact_attendance')
      .select(['partner_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('meeting_id', 'in', joint.where('status', '=', 'held'))
      .where('people', '>', 0)
      .groupBy('partner_id')
      .execute(),
  ]);
  const facts = new Map<string, Omit<PartnerYear, 'hasContact'>>();
  const get = (id: string) => {
    const f = facts.get(id) ?? { coOrganised: 0, projectsOwned: 0, jointMeetingsHeld: held.length, jointMeetingsAttended: 0 };
    facts.set(id, f);
    return f;
  };
  for (const r of organised) get(r.partner_id).coOrganised = r.n;
  for (const r of owned) get(r.partner_id).projectsOwned = r.n;
  for (const r of attended) get(r.partner_id).jointMeetingsAttended = r.n;
  return facts;
}

export function factsFor(facts: Map<string, Omit<PartnerYear, 'hasContact'>>, partnerId: string, held: number) {
  return facts.get(partnerId) ?? { coOrganised: 0, projectsOwned: 0, jointMeetingsHeld: held, jointMeetingsAttended: 0 };
}

export async function jointMeetingsHeld(db: DbOrTx, districtId: string, year: number): Promise<number> {
  const [from, to] = yearRange(year);
  const row = await db
    .selectFrom('pact_meetings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('district_id', '=', districtId)
    .where('kind', 'in', ['broad', 'goal'])
    .where('status', '=', 'held')
    .where('starts_at', '>=', from)
    .where('starts_at', '<', to)
    .executeTakeFirstOrThrow();
  return row.n;
}
