import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { listPartners } from '../partners/partners.repository.ts';
import type { PactAccess } from '../shared/access.rules.ts';
import { listChairTerms } from '../steering/steering.repository.ts';
import { periodOf } from '../steering/steering.rules.ts';
import { actionsOf, addAction, addItem, attendanceOf, itemsOf, setActionStatus, setAttendance } from './meeting-records.repository.ts';
import type { ActionInput, ActionStatusInput, AttendanceInput, ItemInput, RecordInput } from './meeting-records.schema.ts';
import { listMeetings, minutesOf, updateMeetingRecord } from './meetings.repository.ts';

/** A meeting with what this person may see of its record; the chair of a steering group meeting by its half year. */
export async function meetingFor(ctx: ActionContext, district: District, id: string, access: PactAccess) {
  const { db } = ctx.deps.database;
  const [meeting] = await listMeetings(db, district.id, { id });
  if (meeting === undefined) return undefined;
  const terms = meeting.kind === 'steering' ? await listChairTerms(db, district.id) : [];
  const partners = await listPartners(db, district.id);
  const actions = access.work ? await actionsOf(db, id) : [];
  return {
    meeting,
    items: await itemsOf(db, id),
    actions: actions.map((a) => ({ ...a, ownerName: partners.find((p) => p.id === a.ownerPartnerId)?.name ?? null })),
    minutes: access.work ? await minutesOf(db, id) : '',
    attendance: access.work ? await attendanceOf(db, id) : [],
    partners,
    chair: terms.find((c) => c.period === periodOf(meeting.startsAt.slice(0, 10)))?.name ?? null,
    access,
  };
}

/** The meeting whose record is kept, found in the district. */
export interface RecordTarget {
  district: District;
  meetingId: string;
}

async function partnersKnown(trx: DbOrTx, districtId: string, ids: readonly string[]): Promise<boolean> {
  const known = new Set((await listPartners(trx, districtId)).map((p) => p.id));
  return ids.every((id) => known.has(id));
}

/** What the coordinator records about a meeting, one use case each. */
export const recordMeeting = {
  item: (ctx: ActionContext, target: RecordTarget, input: ItemInput): Promise<Outcome<string>> =>
    runAction(ctx, async (trx) => success(await addItem(trx, target.meetingId, input.kind, input.text, ctx.now.toISOString()))),
  record: (ctx: ActionContext, target: RecordTarget, input: RecordInput): Promise<Outcome<string>> =>
    runAction(ctx, async (trx) => {
      await updateMeetingRecord(trx, target.meetingId, { status: input.status, minutes: input.minutes ?? '', at: ctx.now.toISOString() });
      return success(target.meetingId);
    }),
  action: (ctx: ActionContext, target: RecordTarget, input: ActionInput): Promise<Outcome<string>> =>
    runAction(ctx, async (trx) => {
      if (input.owner !== null && !(await partnersKnown(trx, target.district.id, [input.owner])))
        return refusal('validation.choice', { field: 'owner' });
      const action = { meetingId: target.meetingId, description: input.description, ownerPartnerId: input.owner, dueOn: input.dueOn };
      return success(await addAction(trx, { ...action, at: ctx.now.toISOString() }));
    }),
  attendance: (ctx: ActionContext, target: RecordTarget, input: AttendanceInput): Promise<Outcome<string>> =>
    runAction(ctx, async (trx) => {
      if (!(await partnersKnown(trx, target.district.id, input.present))) return refusal('validation.choice', { field: 'present' });
      await setAttendance(trx, target.meetingId, [...new Set(input.present)]);
      return success(target.meetingId);
    }),
};

/** An action item is done (or dropped); 404 when the meeting has no such item. */
export function changeActionStatus(
  ctx: ActionContext,
  target: RecordTarget,
  actionId: string,
  input: ActionStatusInput,
): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    if (!(await setActionStatus(trx, target.meetingId, actionId, input.status, ctx.now.toISOString())))
      return refusal('error.404', { status: 404 });
    return success(actionId);
  });
}
