import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { CoreQuestion } from '../core-questions.ts';

export interface Conversation {
  id: string;
  districtId: string;
  buurtId: string | null;
  buurtName: string | null;
  kind: string;
  residentName: string | null;
  answers: Record<CoreQuestion, string | null>;
  invited: boolean;
  recordedBy: string;
  createdAt: string;
  /** A buurt visit's own details; null for the other kinds. */
  visit: VisitDetails | null;
}

/**
 * What a buurt assistant's visit holds besides the core questions. The resident's email and
 * phone are stored only with their consent (the visit's rules refuse them otherwise).
 */
export interface VisitDetails {
  visitedOn: string;
  place: 'home' | 'walk_in' | 'elsewhere';
  walkInId: string | null;
  email: string | null;
  phone: string | null;
  agreed: string | null;
  nextStep: string | null;
  nextStepOn: string | null;
}

export interface NewConversation {
  districtId: string;
  buurtId: string | null;
  kind: string;
  residentName: string | null;
  answers: Record<CoreQuestion, string | null>;
  poolInvitationId: string | null;
  recordedBy: string;
  /** What it was recorded with (a help request, a question); absent for one on its own page. */
  subject?: ConversationSubject;
  visit?: VisitDetails;
}

/** A help request or a question the conversation was recorded with. */
export interface ConversationSubject {
  type: 'help_request' | 'question';
  id: string;
}

/** A visit's own columns; all empty for the other kinds. */
function visitColumns(v: VisitDetails | undefined) {
  if (v === undefined) {
    const none = null;
    return {
      visited_on: none,
      place: none,
      walk_in_location_id: none,
      resident_email: none,
      resident_phone: none,
      agreed: none,
      next_step: none,
      next_step_on: none,
    };
  }
  return {
    visited_on: v.visitedOn,
    place: v.place,
    walk_in_location_id: v.walkInId,
    resident_email: v.email,
    resident_phone: v.phone,
    agreed: v.agreed,
    next_step: v.nextStep,
    next_step_on: v.nextStepOn,
  };
}

export async function insertConversation(db: DbOrTx, c: NewConversation, at: string): Promise<string> {
  const id = newId();
  const a = c.answers;
  await db
    .insertInto('conversations')
    .values({
      id,
      district_id: c.districtId,
      buurt_id: c.buurtId,
      kind: c.kind,
      resident_name: c.residentName,
      know: a.know,
      achieve: a.achieve,
      need: a.need,
      self_can: a.self,
      contribute: a.contribute,
      talent: a.talent,
      pool_invitation_id: c.poolInvitationId,
      subject_type: c.subject?.type ?? null,
      subject_id: c.subject?.id ?? null,
      recorded_by: c.recordedBy,
      created_at: at,
      ...visitColumns(c.visit),
    })
    .execute();
  return id;
}

const base = (db: DbOrTx) =>
  db
    .selectFrom('conversations as c')
    .leftJoin('buurten as b', 'b.id', 'c.buurt_id')
    .select([
      'c.id',
      'c.district_id',
      'c.buurt_id',
      'b.name as buurtName',
      'c.kind',
      'c.resident_name',
      'c.know',
      'c.achieve',
      'c.need',
      'c.self_can',
      'c.contribute',
      'c.talent',
      'c.pool_invitation_id',
      'c.recorded_by',
      'c.created_at',
      'c.visited_on',
      'c.place',
      'c.walk_in_location_id',
      'c.resident_email',
      'c.resident_phone',
      'c.agreed',
      'c.next_step',
      'c.next_step_on',
    ]);

const placeOf = (p: string | null): VisitDetails['place'] => (p === 'walk_in' || p === 'elsewhere' ? p : 'home');

type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

function toConversation(r: Row): Conversation {
  return {
    id: r.id,
    districtId: r.district_id,
    buurtId: r.buurt_id,
    buurtName: r.buurtName,
    kind: r.kind,
    residentName: r.resident_name,
    answers: { know: r.know, achieve: r.achieve, need: r.need, self: r.self_can, contribute: r.contribute, talent: r.talent },
    invited: r.pool_invitation_id !== null,
    recordedBy: r.recorded_by,
    createdAt: r.created_at,
    visit:
      r.visited_on === null
        ? null
        : {
            visitedOn: r.visited_on,
            place: placeOf(r.place),
            walkInId: r.walk_in_location_id,
            email: r.resident_email,
            phone: r.resident_phone,
            agreed: r.agreed,
            nextStep: r.next_step,
            nextStepOn: r.next_step_on,
          },
  };
}

export async function findConversation(db: DbOrTx, id: string): Promise<Conversation | undefined> {
  const row = await base(db).where('c.id', '=', id).executeTakeFirst();
  return row && toConversation(row);
}

/** The conversation recorded with a help request or a question, if one was. */
export async function findConversationOf(db: DbOrTx, subject: ConversationSubject): Promise<Conversation | undefined> {
  const row = await base(db)
    .where('c.subject_type', '=', subject.type)
    .where('c.subject_id', '=', subject.id)
    .orderBy('c.created_at', 'desc')
    .executeTakeFirst();
  return row && toConversation(row);
}
