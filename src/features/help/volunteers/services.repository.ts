import type { DbOrTx } from '../../../platform/db/schema.ts';

export interface VolunteerService {
  id: string;
  kind: string;
  talent: string | null;
  what: string;
  status: string;
  buurtName: string;
  minutesDone: number | null;
  doneAt: string | null;
}

/** The requests a volunteer took on, newest first, with when they were done. */
export async function servicesOfVolunteer(db: DbOrTx, volunteerId: string): Promise<VolunteerService[]> {
  const rows = await db
    .selectFrom('help_requests as r')
    .innerJoin('buurten as b', 'b.id', 'r.buurt_id')
    .leftJoin('help_request_events as e', (join) => join.onRef('e.request_id', '=', 'r.id').on('e.step', '=', 'done'))
    .select(['r.id', 'r.kind', 'r.talent', 'r.what', 'r.status', 'b.name as buurtName', 'r.minutes_done', 'e.at as doneAt', 'r.status_at'])
    .where('r.volunteer_id', '=', volunteerId)
    .orderBy('r.status_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    talent: r.talent,
    what: r.what,
    status: r.status,
    buurtName: r.buurtName,
    minutesDone: r.minutes_done,
    doneAt: r.doneAt,
  }));
}

/** Open proposals to this volunteer, so they can answer when signed in too. */
export async function openProposalsOf(db: DbOrTx, volunteerId: string, now: string) {
  return db
    .selectFrom('help_proposals as p')
    .innerJoin('help_requests as r', 'r.id', 'p.request_id')
    .innerJoin('buurten as b', 'b.id', 'r.buurt_id')
    .select(['p.id', 'p.expires_at', 'r.kind', 'r.talent', 'r.what', 'b.name as buurtName'])
    .where('p.volunteer_id', '=', volunteerId)
    .where('p.answer', 'is', null)
    .where('p.expires_at', '>', now)
    .where('r.status', '=', 'matching')
    .whereRef('r.open_proposal_id', '=', 'p.id')
    .execute();
}
