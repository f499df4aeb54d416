import type { DbOrTx } from '../../platform/db/schema.ts';
import { isTalent, talentsOfKind, type HouseRules, type Talent } from './help.rules.ts';
import { neighbourIdsOf } from './places.repository.ts';
import { rankCandidates, reaches, type Candidate, type RankedCandidate, type Reach } from './ranking.rules.ts';
import { streetName } from './requester.rules.ts';
import { currentServices } from './volunteers.repository.ts';
import type { HelpRequest } from './requests.repository.ts';

async function volunteerRows(db: DbOrTx, request: HelpRequest, nearby: string[]) {
  const wanted = request.talent === null ? talentsOfKind(request.kind) : [request.talent];
  return (
    db
      .selectFrom('help_volunteer_talents as vt')
      .innerJoin('help_volunteers as v', 'v.id', 'vt.volunteer_id')
      .innerJoin('users as u', 'u.id', 'v.user_id')
      .select(['v.id', 'u.name', 'v.buurt_id', 'v.street', 'v.availability', 'v.reach', 'v.vog_on_file', 'vt.talent'])
      .where('vt.district_id', '=', request.districtId)
      .where('vt.talent', 'in', wanted)
      .where('v.active', '=', 1)
      .where('u.disabled_at', 'is', null)
      // Only who lives near enough for their own reach can qualify; the ranking checks the details.
      .where((eb) => eb.or([eb('v.reach', '=', 'district'), eb('v.buurt_id', 'in', nearby)]))
      .execute()
  );
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

/** Everything the ranking needs about the volunteers who might take this request. */
async function candidatesFor(db: DbOrTx, request: HelpRequest): Promise<{ candidates: Candidate[]; neighbourIds: Set<string> }> {
  const neighbourIds = await neighbourIdsOf(db, request.buurtId);
  const rows = await volunteerRows(db, request, [request.buurtId, ...neighbourIds]);
  const [before, declined, load] = await Promise.all([
    helpedBefore(db, request),
    saidNo(db, request.id),
    currentServices(db, request.districtId),
  ]);
  const byId = new Map<string, Candidate & { talents: Talent[] }>();
  for (const r of rows) {
    const known = byId.get(r.id);
    if (known) {
      if (isTalent(r.talent)) known.talents.push(r.talent);
      continue;
    }
    byId.set(r.id, {
      volunteerId: r.id,
      name: r.name,
      buurtId: r.buurt_id,
      street: streetName(r.street),
      talents: isTalent(r.talent) ? [r.talent] : [],
      availability: r.availability,
      reach: (reaches as readonly string[]).includes(r.reach) ? (r.reach as Reach) : 'buurt',
      active: true,
      vogOnFile: r.vog_on_file === 1,
      currentServices: load.get(r.id) ?? 0,
      helpedBefore: before.has(r.id),
      declined: declined.has(r.id),
    });
  }
  return { candidates: [...byId.values()], neighbourIds };
}

/** The ranked candidates for a request, with their reasons. */
export async function rankedCandidatesFor(db: DbOrTx, rules: HouseRules, request: HelpRequest, limit = 10): Promise<RankedCandidate[]> {
  const { candidates, neighbourIds } = await candidatesFor(db, request);
  const rankRequest = {
    kind: request.kind,
    talent: request.talent,
    buurtId: request.buurtId,
    street: request.street === null ? null : streetName(request.street),
    wishedSlots: request.wishedSlots,
    neighbourIds,
  };
  return rankCandidates(rules, rankRequest, candidates, limit);
}
