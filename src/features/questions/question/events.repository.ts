import { z } from 'zod';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { orderedId } from './ordered-id.ts';
import { oneOf } from './question.repository.ts';

export const eventKinds = [
  'asked',
  'answered',
  'pointed',
  'handed_over',
  'referred',
  'referral_accepted',
  'referral_declined',
  'referral_retracted',
  'referral_closed',
  'scaled_up',
  'scaled_down',
  'resident_message',
  'staff_message',
  'consent_requested',
  'consent_recorded',
  'consent_given',
  'consent_refused',
  'consent_withdrawn',
  'withdrawn',
  'reopened',
  'reminder_sent',
  'link_renewed',
  'case_meeting',
  'case_agreement',
] as const;
export type EventKind = (typeof eventKinds)[number];

const guideEntry = z.object({ name: z.string(), detail: z.string() });
export type PointedEntry = z.infer<typeof guideEntry>;

/** What an event refers to, kept as it was at the time so the timeline reads the same later. */
const eventData = z
  .object({
    referralId: z.string().optional(),
    contactName: z.string().optional(),
    organizationName: z.string().optional(),
    entries: z.array(guideEntry).optional(),
    helpRequestId: z.string().optional(),
    helpKind: z.string().optional(),
    consentId: z.string().optional(),
    recipients: z.array(z.string()).optional(),
  })
  .catch({});
type EventData = z.infer<typeof eventData>;

export interface QuestionEvent {
  id: string;
  at: string;
  kind: EventKind;
  actorUserId: string | null;
  actorName: string | null;
  body: string | null;
  data: EventData;
  forResident: boolean;
}

export interface NewEvent {
  questionId: string;
  at: string;
  kind: EventKind;
  actorUserId: string | null;
  body?: string | null;
  data?: EventData;
  forResident: boolean;
}

export async function insertEvent(db: DbOrTx, e: NewEvent): Promise<void> {
  await db
    .insertInto('question_events')
    .values({
      id: orderedId(),
      question_id: e.questionId,
      at: e.at,
      kind: e.kind,
      actor_user_id: e.actorUserId,
      body: e.body ?? null,
      data: e.data === undefined ? null : JSON.stringify(e.data),
      for_resident: e.forResident ? 1 : 0,
    })
    .execute();
}

function parseData(text: string | null): EventData {
  if (text === null) return {};
  try {
    return eventData.parse(JSON.parse(text));
  } catch {
    return {};
  }
}

/** The timeline, oldest first; the resident's view leaves out what is only for staff. */
export async function eventsOf(db: DbOrTx, questionId: string, options: { forResident: boolean }): Promise<QuestionEvent[]> {
  let query = db
    .selectFrom('question_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_user_id')
    .select(['e.id', 'e.at', 'e.kind', 'e.actor_user_id', 'u.name as actorName', 'e.body', 'e.data', 'e.for_resident'])
    .where('e.question_id', '=', questionId)
    .orderBy('e.at')
    .orderBy('e.id');
  if (options.forResident) query = query.where('e.for_resident', '=', 1);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    kind: oneOf(eventKinds, r.kind),
    actorUserId: r.actor_user_id,
    actorName: r.actorName,
    body: r.body,
    data: parseData(r.data),
    forResident: r.for_resident === 1,
  }));
}
