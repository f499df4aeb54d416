import { sql } from 'kysely';
import { localDay } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { HouseRules } from '../house-rules/house-rules.rules.ts';
import { streetName } from '../intake/requester.rules.ts';
import type { HelpRequest } from '../lifecycle/requests.repository.ts';
import { talentMask, talentsOfKind, talentsOfMask } from '../shared/talents.rules.ts';
import { vogCounts } from '../shared/vog.rules.ts';
import { currentServices } from '../volunteers/volunteers.repository.ts';
import { neighbourIdsOf } from './neighbours.repository.ts';
import { rankCandidates, reaches, type Candidate, type RankedCandidate, type Reach } from './ranking.rules.ts';

/**
 * Active volunteers of the district who offer a fitting talent and live near enough for
 * their own reach. It reads the covering index `help_volunteers_candidates` only; names
 * come later, for the few that are shown.
 */
function volunteerRows(db: DbOrTx, request: HelpRequest, nearby: string[]) {
  const wanted = talentMask(request.talent === null ? talentsOfKind(request.kind) : [request.talent]);
  return db
    .selectFrom('help_volunteers as v')
    .select(['v.id', 'v.buurt_id', 'v.street', 'v.availability', 'v.reach', 'v.vog_on_file', 'v.vog_date', 'v.talents'])
    .where('v.district_id', '=', request.districtId)
    .where('v.active', '=', 1)
    .where(sql<boolean>`(v.talents & ${wanted}) <> 0`)
    .where((eb) => eb.or([eb('v.reach', '=', 'district'), eb('v.buurt_id', 'in', nearby)]))
    .execute();
}

async function helpedBefore(db: DbOrTx, request: HelpRequest): Promise<Set<string>> {
  const rows = await db
    .selectFrom('help_requests')
    .select('volunteer_id')
    .distinct()
    .where('district_id', '=', request.districtId)
    .where('requester_key', '=', request.requesterKey)
    .where('volunteer_id', 'is not', null)
    .where('id', '!=', request.id)
    .execute();
  return new Set(rows.flatMap((r) => (r.volunteer_id === null ? [] : [r.volunteer_id])));
}

async function saidNo(db: DbOrTx, requestId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('help_proposals')
    .select('volunteer_id')
    .where('request_id', '=', requestId)
    .where('answer', 'in', ['declined', 'expired'])
    .execute();
  return new Set(rows.map((r) => r.volunteer_id));
}

/** Everything the ranking needs about the volunteers who might take this request; a VOG on file counts only until it lapses. */
async function candidatesFor(
  db: DbOrTx,
  request: HelpRequest,
  vog: { validMonths: number | null; today: string },
): Promise<{ candidates: Candidate[]; neighbourIds: Set<string> }> {
  const neighbourIds = await neighbourIdsOf(db, request.buurtId);
  // Independent reads: on PostgreSQL they go out on several pooled connections at once.
  const [rows, before, declined, load] = await Promise.all([
    volunteerRows(db, request, [request.buurtId, ...neighbourIds]),
    helpedBefore(db, request),
    saidNo(db, request.id),
    currentServices(db, request.districtId),
  ]);
  const candidates = rows.map((r) => ({
    volunteerId: r.id,
    name: '',
    buurtId: r.buurt_id,
    street: streetName(r.street),
    talents: talentsOfMask(r.talents),
    availability: r.availability,
    reach: (reaches as readonly string[]).includes(r.reach) ? (r.reach as Reach) : 'buurt',
    active: true,
    vogOnFile: vogCounts({ onFile: r.vog_on_file === 1, date: r.vog_date }, vog.validMonths, vog.today),
    currentServices: load.get(r.id) ?? 0,
    helpedBefore: before.has(r.id),
    declined: declined.has(r.id),
  }));
  return { candidates, neighbourIds };
}

/** Names of the ranked volunteers whose accounts are in use; a disabled account drops out. */
async function named(db: DbOrTx, ranked: RankedCandidate[], limit: number): Promise<RankedCandidate[]> {
  if (ranked.length === 0) return [];
  const rows = await db
    .selectFrom('help_volunteers as v')
    .innerJoin('users as u', 'u.id', 'v.user_id')
    .select(['v.id', 'u.name'])
    .where(
      'v.id',
      'in',
      ranked.map((c) => c.volunteerId),
    )
    .where('u.disabled_at', 'is', null)
    .execute();
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return ranked.flatMap((c) => (names.has(c.volunteerId) ? [{ ...c, name: names.get(c.volunteerId) ?? '' }] : [])).slice(0, limit);
}

/** The ranked candidates for a request on a day (a VOG may have lapsed by then), with their reasons. */
export async function rankedCandidatesFor(
  db: DbOrTx,
  rules: HouseRules,
  request: HelpRequest,
  now: Date,
  limit = 10,
): Promise<RankedCandidate[]> {
  const vog = { validMonths: rules.vogValidMonths ?? null, today: localDay(now) };
  const { candidates, neighbourIds } = await candidatesFor(db, request, vog);
  const rankRequest = {
    kind: request.kind,
    talent: request.talent,
    buurtId: request.buurtId,
    street: request.street === null ? null : streetName(request.street),
    wishedSlots: request.wishedSlots,
    neighbourIds,
  };
  return named(db, rankCandidates(rules, rankRequest, candidates, limit * 2), limit);
}
