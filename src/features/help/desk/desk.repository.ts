import { sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { DeskRow } from './desk.rules.ts';
import { isStatus } from '../lifecycle/lifecycle.rules.ts';

export interface DeskRequest extends DeskRow {
  buurtId: string;
  buurtName: string;
  talent: string | null;
  /** The start of what is asked, enough for the desk's one-line excerpt. */
  what: string;
}

export const DESK_EXCERPT = 80;

/**
 * The open requests of some buurten (and, for a coordinating volunteer, of the kinds of
 * help they coordinate), without personal data: the desk lists no names. Only the start of
 * each text is read, so a busy district stays a light query.
 */
export async function deskRequests(
  db: DbOrTx,
  districtId: string,
  buurten: 'all' | Set<string>,
  kinds: 'all' | Set<string> = 'all',
): Promise<DeskRequest[]> {
  if ((buurten !== 'all' && buurten.size === 0) || (kinds !== 'all' && kinds.size === 0)) return [];
  let query = db
    .selectFrom('help_requests as r')
    .innerJoin('buurten as b', 'b.id', 'r.buurt_id')
    .select([
      'r.id',
      'r.status',
      'r.kind',
      'r.talent',
      sql<string>`substr(r.what, 1, ${sql.lit(DESK_EXCERPT + 1)})`.as('what'),
      'r.buurt_id',
      'b.name as buurtName',
      'r.created_at',
      'r.feedback_due_at',
      'r.heard_back_at',
      'r.network_answer',
      'r.open_proposal_id',
    ])
    .where('r.district_id', '=', districtId)
    .where('r.status', 'in', ['new', 'checked', 'matching', 'matched', 'done', 'heard_back'])
    .orderBy('r.created_at');
  if (buurten !== 'all') query = query.where('r.buurt_id', 'in', [...buurten]);
  if (kinds !== 'all') query = query.where('r.kind', 'in', [...kinds]);
  const rows = await query.execute();
  return rows.flatMap((r) =>
    isStatus(r.status)
      ? [
          {
            id: r.id,
            status: r.status,
            kind: r.kind,
            talent: r.talent,
            what: r.what,
            buurtId: r.buurt_id,
            buurtName: r.buurtName,
            createdAt: r.created_at,
            feedbackDueAt: r.feedback_due_at,
            heardBackAt: r.heard_back_at,
            networkAnswer: r.network_answer,
            openProposalId: r.open_proposal_id,
            candidates: null,
          },
        ]
      : [],
  );
}
