import type { DbOrTx } from '../../../platform/db/schema.ts';
import { reaches, type Reach } from '../matching/ranking.rules.ts';
import { talentsOfMask, type Talent } from '../shared/talents.rules.ts';

export interface VolunteerProfile {
  buurtId: string;
  street: string;
  talents: Talent[];
  talentNote: string;
  availability: number;
  reach: Reach;
  active: boolean;
}

export interface Volunteer extends VolunteerProfile {
  id: string;
  districtId: string;
  userId: string;
  name: string;
  email: string;
  buurtName: string;
  vogOnFile: boolean;
  vogCheckedAt: string | null;
  /** The date on the VOG; null when none is on file. */
  vogDate: string | null;
}

const asReach = (value: string): Reach => ((reaches as readonly string[]).includes(value) ? (value as Reach) : 'buurt');

function volunteerQuery(db: DbOrTx) {
  return db
    .selectFrom('help_volunteers as v')
    .innerJoin('users as u', 'u.id', 'v.user_id')
    .innerJoin('buurten as b', 'b.id', 'v.buurt_id')
    .select([
      'v.id',
      'v.district_id',
      'v.user_id',
      'u.name',
      'u.email',
      'v.buurt_id',
      'b.name as buurtName',
      'v.street',
      'v.talents',
      'v.talent_note',
      'v.availability',
      'v.reach',
      'v.active',
      'v.vog_on_file',
      'v.vog_checked_at',
      'v.vog_date',
    ]);
}

type VolunteerRow = Awaited<ReturnType<ReturnType<typeof volunteerQuery>['executeTakeFirstOrThrow']>>;

function toVolunteer(r: VolunteerRow): Volunteer {
  return {
    id: r.id,
    districtId: r.district_id,
    userId: r.user_id,
    name: r.name,
    email: r.email,
    buurtId: r.buurt_id,
    buurtName: r.buurtName,
    street: r.street,
    talents: talentsOfMask(r.talents),
    talentNote: r.talent_note,
    availability: r.availability,
    reach: asReach(r.reach),
    active: r.active === 1,
    vogOnFile: r.vog_on_file === 1,
    vogCheckedAt: r.vog_checked_at,
    vogDate: r.vog_date,
  };
}

export async function findVolunteer(db: DbOrTx, districtId: string, id: string): Promise<Volunteer | undefined> {
  const row = await volunteerQuery(db).where('v.district_id', '=', districtId).where('v.id', '=', id).executeTakeFirst();
  return row && toVolunteer(row);
}

export async function findVolunteerOfUser(db: DbOrTx, districtId: string, userId: string): Promise<Volunteer | undefined> {
  const row = await volunteerQuery(db).where('v.district_id', '=', districtId).where('v.user_id', '=', userId).executeTakeFirst();
  return row && toVolunteer(row);
}

/** One page of the district's volunteers (of some buurten), by name, and how many there are in all. */
export async function listVolunteers(
  db: DbOrTx,
  districtId: string,
  options: { buurten: 'all' | ReadonlySet<string>; limit: number; offset: number },
): Promise<{ volunteers: Volunteer[]; total: number }> {
  if (options.buurten !== 'all' && options.buurten.size === 0) return { volunteers: [], total: 0 };
  const buurten = options.buurten === 'all' ? null : [...options.buurten];
  let query = volunteerQuery(db).where('v.district_id', '=', districtId);
  let count = db
    .selectFrom('help_volunteers as v')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('v.district_id', '=', districtId);
  if (buurten !== null) {
    query = query.where('v.buurt_id', 'in', buurten);
    count = count.where('v.buurt_id', 'in', buurten);
  }
  const rows = await query.orderBy('u.name').orderBy('v.id').limit(options.limit).offset(options.offset).execute();
  return { volunteers: rows.map(toVolunteer), total: (await count.executeTakeFirstOrThrow()).n };
}

/** The active volunteers (of some buurten) with a VOG on file and its date: to see whose VOG lapses. */
export async function volunteersWithVog(
  db: DbOrTx,
  districtId: string,
  buurten: 'all' | ReadonlySet<string>,
): Promise<{ id: string; name: string; vogDate: string | null }[]> {
  if (buurten !== 'all' && buurten.size === 0) return [];
  let query = db
    .selectFrom('help_volunteers as v')
    .innerJoin('users as u', 'u.id', 'v.user_id')
    .select(['v.id', 'u.name', 'v.vog_date as vogDate'])
    .where('v.district_id', '=', districtId)
    .where('v.active', '=', 1)
    .where('v.vog_on_file', '=', 1);
  if (buurten !== 'all') query = query.where('v.buurt_id', 'in', [...buurten]);
  return query.orderBy('u.name').execute();
}

/** How many services each volunteer of the district has running now: to spread the load. */
export async function currentServices(db: DbOrTx, districtId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('help_requests')
    .select((eb) => ['volunteer_id', eb.fn.countAll<number>().as('n')])
    .where('district_id', '=', districtId)
    .where('status', '=', 'matched')
    .groupBy('volunteer_id')
    .execute();
  return new Map(rows.flatMap((r) => (r.volunteer_id === null ? [] : [[r.volunteer_id, r.n] as const])));
}
