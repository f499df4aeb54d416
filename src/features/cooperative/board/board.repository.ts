import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { bodies, decidingBodies, functions, type Body, type BoardFunction, type Seat, type Votes } from './board.rules.ts';

export interface SeatRow extends Seat {
  id: string;
  name: string;
  email: string | null;
  termStart: string;
  termEnd: string;
}

export interface Decision extends Votes {
  id: string;
  body: (typeof decidingBodies)[number];
  decidedOn: string;
  subject: string;
  text: string;
  adopted: boolean;
}

const oneOf = <T extends string>(values: readonly T[], value: string, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;

/** The seats held now, by body and function. */
export async function currentSeats(db: DbOrTx, districtId: string): Promise<SeatRow[]> {
  const rows = await db
    .selectFrom('coop_board_seats as s')
    .innerJoin('coop_members as m', 'm.id', 's.member_id')
    .select(['s.id', 's.member_id', 's.body', 's.function', 's.term_start', 's.term_end', 'm.name', 'm.email'])
    .where('s.district_id', '=', districtId)
    .where('s.ended_on', 'is', null)
    .orderBy('s.body')
    .orderBy('m.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    memberId: r.member_id,
    body: oneOf<Body>(bodies, r.body, 'general'),
    function: oneOf<BoardFunction>(functions, r.function, 'member'),
    termStart: r.term_start,
    termEnd: r.term_end,
    name: r.name,
    email: r.email,
  }));
}

export async function insertSeat(
  db: DbOrTx,
  seat: Seat & { districtId: string; termStart: string; termEnd: string; at: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('coop_board_seats')
    .values({
      id,
      district_id: seat.districtId,
      member_id: seat.memberId,
      body: seat.body,
      function: seat.function,
      term_start: seat.termStart,
      term_end: seat.termEnd,
      created_at: seat.at,
    })
    .execute();
  return id;
}

/** Ends a seat held now; false when it had already ended. */
export async function endSeat(db: DbOrTx, districtId: string, id: string, on: string): Promise<boolean> {
  const result = await db
    .updateTable('coop_board_seats')
    .set({ ended_on: on })
    .where('id', '=', id)
    .where('district_id', '=', districtId)
    .where('ended_on', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertDecision(
  db: DbOrTx,
  d: Omit<Decision, 'id'> & { districtId: string; recordedBy: string | null; at: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('coop_decisions')
    .values({
      id,
      district_id: d.districtId,
      body: d.body,
      decided_on: d.decidedOn,
      subject: d.subject,
      text: d.text,
      votes_for: d.votesFor,
      votes_against: d.votesAgainst,
      votes_abstained: d.votesAbstained,
      adopted: d.adopted ? 1 : 0,
      recorded_by: d.recordedBy,
      created_at: d.at,
    })
    .execute();
  return id;
}

/** The boards' decisions, newest first. */
export async function decisionsOf(db: DbOrTx, districtId: string): Promise<Decision[]> {
  const rows = await db
    .selectFrom('coop_decisions')
    .selectAll()
    .where('district_id', '=', districtId)
    .orderBy('decided_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    body: oneOf(decidingBodies, r.body, 'general'),
    decidedOn: r.decided_on,
    subject: r.subject,
    text: r.text,
    votesFor: r.votes_for,
    votesAgainst: r.votes_against,
    votesAbstained: r.votes_abstained,
    adopted: r.adopted === 1,
  }));
}
