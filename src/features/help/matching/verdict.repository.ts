import type { DbOrTx } from '../../../platform/db/schema.ts';
import { checkMatchable, manyJobsSince, type HouseRules } from '../house-rules/house-rules.rules.ts';
import type { HelpRequest } from '../lifecycle/requests.repository.ts';

/** Odd jobs of this requester since a moment, other than this one: for "veel klussen". */
async function countOddJobsSince(db: DbOrTx, request: HelpRequest, since: string): Promise<number> {
  const row = await db
    .selectFrom('help_requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('district_id', '=', request.districtId)
    .where('requester_key', '=', request.requesterKey)
    .where('kind', '=', 'odd_job')
    .where('id', '!=', request.id)
    .where('created_at', '>=', since)
    .where('status', 'not in', ['withdrawn', 'declined'])
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Whether the request may be matched at all, under every house rule that speaks before a match. */
export async function matchVerdict(db: DbOrTx, request: HelpRequest, rules: HouseRules, now: Date) {
  const recentOddJobs = request.kind === 'odd_job' ? await countOddJobsSince(db, request, manyJobsSince(now, rules).toISOString()) : 0;
  return checkMatchable(rules, { ...request, recentOddJobs });
}
