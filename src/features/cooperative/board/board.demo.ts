import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { memberRegister } from '../membership/membership.repository.ts';
import seats from './board.demo.json' with { type: 'json' };
import { insertSeat } from './board.repository.ts';
import type { BoardFunction, Body } from './board.rules.ts';

/** The boards and kascommissie of the demo cooperative, filled with its fictional members, for a term of three years. */
export async function seedDemoBoard(db: DbOrTx, district: District, at: string): Promise<void> {
  const members = await memberRegister(db, district.id);
  for (const seat of seats) {
    const member = members.find((m) => m.name === seat.name);
    if (member === undefined) throw new Error(`demo: no member ${seat.name}`);
    const data = { memberId: member.id, body: seat.body as Body, function: seat.function as BoardFunction };
    await insertSeat(db, { districtId: district.id, ...data, termStart: '2025-01-01', termEnd: '2027-12-31', at });
  }
}
