import { z } from 'zod';
import { choice, date, list, optionalId, optionalText, text } from '../../../platform/http/fields.ts';
import { actionStatuses, meetingStatuses } from './meetings.rules.ts';

/** What the coordinator records about a meeting: items, status and minutes, action items, attendance. */
export const itemForm = z.object({ kind: choice(['agenda', 'decision']), text: text(2000, { multiline: true }) });
export const recordForm = z.object({ status: choice(meetingStatuses), minutes: optionalText(20000, { multiline: true }) });
export const actionForm = z.object({ description: text(1000), owner: optionalId, dueOn: date('pact.action.due.required') });
export const actionStatusForm = z.object({ status: choice(actionStatuses) });
export const attendanceForm = z.object({ present: list(z.string().max(60), 200) });

export type ItemInput = z.output<typeof itemForm>;
export type RecordInput = z.output<typeof recordForm>;
export type ActionInput = z.output<typeof actionForm>;
export type ActionStatusInput = z.output<typeof actionStatusForm>;
export type AttendanceInput = z.output<typeof attendanceForm>;
