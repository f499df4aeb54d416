import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/feature.ts';
import type { JobContext, JobDefinition } from '../../platform/jobs/scheduler.ts';
import type { ActionContext } from './actions.shared.ts';
import { insertEvent } from './events.repository.ts';
import { anonymiseQuestion, dueForAnonymising } from './privacy.repository.ts';
import { mailReceiver, mailReferrer } from './questions.mail.ts';
import { findQuestion } from './questions.repository.ts';
import { anonymiseBefore, reminderDue } from './questions.rules.ts';
import { markReminded, pendingReferrals } from './referrals.repository.ts';

const ANONYMISE_BATCH = 1000;

function jobContext(deps: AppDeps, job: JobContext): ActionContext {
  return { deps: { ...deps, clock: { now: () => job.now } }, user: null, requestId: undefined, log: job.log };
}

/**
 * Unanswered referrals: the receiver is reminded (and the referrer told, the first time).
 * Claiming the reminder with a conditional update keeps it to one mail even if a slot runs twice.
 */
async function remind(deps: AppDeps, job: JobContext): Promise<void> {
  const at = job.now.toISOString();
  for (const referral of await pendingReferrals(job.db, at)) {
    if (!reminderDue(referral, job.now) || !(await markReminded(job.db, referral.id, at, referral.reminderCount))) continue;
    const question = await findQuestion(job.db, referral.questionId);
    if (question === undefined) continue;
    const data = { referralId: referral.id, contactName: referral.contactName, organizationName: referral.organizationName };
    await insertEvent(job.db, { questionId: question.id, at, kind: 'reminder_sent', actorUserId: null, data, forResident: false });
    const ctx = jobContext(deps, job);
    await mailReceiver(ctx, question, referral, 'reminder');
    if (referral.reminderCount === 0) await mailReferrer(ctx, question, referral, 'overdue');
  }
}

/** Personal data of questions that ended longer ago than the retention period goes; the figures stay. */
async function anonymise(months: number, job: JobContext): Promise<void> {
  const at = job.now.toISOString();
  const due = await dueForAnonymising(job.db, anonymiseBefore(job.now, months), ANONYMISE_BATCH);
  const perDistrict = new Map<string, number>();
  await job.db.transaction().execute(async (trx) => {
    for (const q of due) {
      await anonymiseQuestion(trx, q.id, at);
      perDistrict.set(q.districtId, (perDistrict.get(q.districtId) ?? 0) + 1);
    }
    for (const [districtId, count] of perDistrict) {
      await recordAudit(trx, { at, actorUserId: null, action: 'questions.anonymised', districtId, details: { count, months } });
    }
  });
  if (due.length > 0) job.log.info({ count: due.length, months }, 'questions anonymised');
}

export function questionJobs(deps: AppDeps, retentionMonths: number): JobDefinition[] {
  return [
    { name: 'questions.reminders', everyMinutes: 60, run: (job) => remind(deps, job) },
    { name: 'questions.anonymise', everyMinutes: 1440, run: (job) => anonymise(retentionMonths, job) },
  ];
}
