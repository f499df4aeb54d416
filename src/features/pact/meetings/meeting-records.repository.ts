import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { actionStatuses, type ActionStatus } from './meetings.rules.ts';

export interface MeetingItem {
  id: string;
  kind: 'agenda' | 'decision';
  text: string;
}

export interface ActionItem {
  id: string;
  meetingId: string;
  description: string;
  ownerPartnerId: string | null;
  dueOn: string;
  status: ActionStatus;
}

export async function itemsOf(db: DbOrTx, meetingId: string): Promise<MeetingItem[]> {
  const rows = await db
    .selectFrom('pact_meeting_items')
    .select(['id', 'kind', 'text'])
    .where('meeting_id', '=', meetingId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind === 'decision' ? 'decision' : 'agenda', text: r.text }));
}

export async function addItem(db: DbOrTx, meetingId: string, kind: 'agenda' | 'decision', text: string, at: string): Promise<string> {
  const id = newId();
  await db.insertInto('pact_meeting_items').values({ id, meeting_id: meetingId, kind, text, created_at: at }).execute();
  return id;
}

export async function actionsOf(db: DbOrTx, meetingId: string): Promise<ActionItem[]> {
  const rows = await db
    .selectFrom('pact_action_items')
    .select(['id', 'meeting_id', 'description', 'owner_partner_id', 'due_on', 'status'])
    .where('meeting_id', '=', meetingId)
    .orderBy('due_on')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    meetingId: r.meeting_id,
    description: r.description,
    ownerPartnerId: r.owner_partner_id,
    dueOn: r.due_on,
    status: actionStatuses.find((s) => s === r.status) ?? 'open',
  }));
}

export async function addAction(
  db: DbOrTx,
  a: { meetingId: string; description: string; ownerPartnerId: string | null; dueOn: string; at: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('pact_action_items')
    .values({
      id,
      meeting_id: a.meetingId,
      description: a.description,
      owner_partner_id: a.ownerPartnerId,
      due_on: a.dueOn,
      status: 'open',
      created_at: a.at,
      updated_at: a.at,
    })
    .execute();
  return id;
}

export async function setActionStatus(db: DbOrTx, meetingId: string, id: string, status: ActionStatus, at: string): Promise<boolean> {
  const result = await db
    .updateTable('pact_action_items')
    .set({ status, updated_at: at })
    .where('id', '=', id)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function attendanceOf(db: DbOrTx, meetingId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('pact_attendance')
    .select('partner_id')
    .where('meeting_id', '=', meetingId)
    .where('people', '>', 0)
    .execute();
  return rows.map((r) => r.partner_id);
}

/** Attendance per partner: who was there replaces what was recorded before. */
export async function setAttendance(db: DbOrTx, meetingId: string, partnerIds: readonly string[]): Promise<void> {
  await db.deleteFrom('pact_attendance').where('meeting_id', '=', meetingId).execute();
  if (partnerIds.length > 0) {
    await db
      .insertInto('pact_attendance')
      .values(partnerIds.map((partnerId) => ({ meeting_id: meetingId, partner_id: partnerId, people: 1 })))
      .execute();
  }
}
