import { audit, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { localDay } from '../../../platform/clock.ts';
import { lockDistrict, type District } from '../../../platform/geography/geography.repository.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { findStudentReferral, handBackToDesk, noteStudentMatched, studentReferrals, type StudentReferral } from '../../help/index.ts';
import { currentStudents, findStudent, insertOutcome, insertStudent, matchedRequests, type Student } from './students.repository.ts';
import { refuseMatch, refuseStudent, suggestStudents } from './students.rules.ts';
import type { HandBackInput, MatchStudentInput, StudentInput } from './students.schema.ts';

export interface Queue {
  /** Long-running needs waiting for a student. */
  waiting: StudentReferral[];
  /** Needs a student has taken on, with the student's name. */
  taken: (StudentReferral & { student: string })[];
  students: Student[];
  /** The students who can take a need on today, best first. */
  suggested: Student[];
}

/** The student coordinator's queue and pool; the needs are residents' personal data, so the read is logged. */
export async function queueSeenBy(ctx: ActionContext, district: District): Promise<Queue> {
  const db = ctx.deps.database.db;
  const today = localDay(ctx.now);
  const referrals = await studentReferrals(db, district.id);
  const matched = await matchedRequests(db, district.id);
  const students = await currentStudents(db, district.id, today);
  await audit(db, ctx, { action: 'cooperative.students.read', subjectType: 'help_request', districtId: district.id });
  return {
    waiting: referrals.filter((r) => !matched.has(r.requestId)),
    taken: referrals.flatMap((r) => {
      const student = matched.get(r.requestId);
      return student === undefined ? [] : [{ ...r, student }];
    }),
    students,
    suggested: suggestStudents(students, today),
  };
}

export function addStudent(ctx: ActionContext, district: District, input: StudentInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const problem = refuseStudent(input, localDay(ctx.now));
    if (problem !== null) return refusal(problem.code, problem);
    const id = await insertStudent(trx, { districtId: district.id, ...input, at: ctx.now.toISOString() });
    await audit(trx, ctx, { action: 'cooperative.student.added', subjectType: 'coop_student', subjectId: id, districtId: district.id });
    return success();
  });
}

/** Whether the need still waits with the students and nobody took it yet; refused otherwise. */
async function waitingNeed(trx: Parameters<typeof lockDistrict>[0], district: District, requestId: string) {
  await lockDistrict(trx, district.id); // two coordinators at once must not both act on one need
  const need = await findStudentReferral(trx, district.id, requestId);
  if (need === undefined || (await matchedRequests(trx, district.id)).has(requestId)) return undefined;
  return need;
}

/** A student takes the need on: the requester's page says so, and the student gets the need by e-mail. */
export function matchStudent(
  ctx: ActionContext,
  t: Translate,
  district: District,
  requestId: string,
  input: MatchStudentInput,
): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const need = await waitingNeed(trx, district, requestId);
    if (need === undefined) return refusal('cooperative.student.needGone', { status: 409 });
    const student = await findStudent(trx, district.id, input.student);
    if (student === undefined) return refusal('validation.choice', { field: 'student' });
    const problem = refuseMatch(student, localDay(ctx.now));
    if (problem !== null) return refusal(problem.code, problem);
    const at = ctx.now.toISOString();
    await insertOutcome(trx, {
      districtId: district.id,
      requestId,
      status: 'matched',
      studentId: student.id,
      reason: null,
      by: ctx.user?.id ?? null,
      at,
    });
    await noteStudentMatched(trx, ctx, district.id, requestId);
    await audit(trx, ctx, {
      action: 'cooperative.student.matched',
      subjectType: 'help_request',
      subjectId: requestId,
      districtId: district.id,
    });
    const contact = [need.phone, need.email].filter((c) => c !== null).join(', ');
    await queueMail(trx, ctx, {
      to: student.email,
      subject: t('cooperative.mail.studentMatched.subject'),
      text: t('cooperative.mail.studentMatched.body', {
        name: student.name,
        requester: need.requesterName,
        buurt: need.buurtName,
        what: need.what,
        contact: contact === '' ? '—' : contact,
      }),
      districtId: district.id,
    });
    return success();
  });
}

/** The need goes back to the neighbour-help desk with a reason: never a silent end. */
export function handBack(ctx: ActionContext, district: District, requestId: string, input: HandBackInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const need = await waitingNeed(trx, district, requestId);
    if (need === undefined) return refusal('cooperative.student.needGone', { status: 409 });
    const at = ctx.now.toISOString();
    await insertOutcome(trx, {
      districtId: district.id,
      requestId,
      status: 'handed_back',
      studentId: null,
      reason: input.reason,
      by: ctx.user?.id ?? null,
      at,
    });
    await handBackToDesk(trx, ctx, district.id, requestId, input.reason);
    await audit(trx, ctx, {
      action: 'cooperative.student.handed_back',
      subjectType: 'help_request',
      subjectId: requestId,
      districtId: district.id,
    });
    return success();
  });
}
