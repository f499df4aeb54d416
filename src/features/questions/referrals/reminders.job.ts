import { runAction, systemContext } from '../../../platform/actions/action.ts';
import { success } from '../../../platform/actions/outcome.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import type { JobDefinition } from '../../../platform/jobs/scheduler.ts';
import { insertEvent } from '../question/events.repository.ts';
import { findQuestion } from '../question/question.repository.ts';
import { mailReceiver, mailReferrer } from './receiver.mail.ts';
import { reminderDue } from './referral.rules.ts';
import { markReminded, pendingReferrals, type Referral } from './referrals.repository.ts';

/**
 * One unanswered referral: the receiver is reminded (and the referrer told, the first time).
 * Claiming the reminder with a conditional update keeps it to one mail even if a slot runs
 * twice; the count and the mails commit together.
 */
function remind(deps: AppDeps, referral: Referral, now: Date) {
  const ctx = systemContext(deps, now);
  return runAction(ctx, async (trx) => {
    const at = now.toISOString();
    if (!reminderDue(referral, now) || !(await markReminded(trx, referral.id, at, referral.reminderCount))) return success();
    const question = await findQuestion(trx, referral.questionId);
    if (question === undefined) return success();
    const data = { referralId: referral.id, contactName: referral.contactName, organizationName: referral.organizationName };
    await insertEvent(trx, { questionId: question.id, at, kind: 'reminder_sent', actorUserId: null, data, forResident: false });
    await mailReceiver(trx, ctx, question, referral, 'reminder');
    if (referral.reminderCount === 0) await mailReferrer(trx, ctx, question, referral, 'overdue');
    return success();
  });
}

export function remindersJob(deps: AppDeps): JobDefinition {
  return {
    name: 'questions.reminders',
    everyMinutes: 60,
    async run(job) {
      for (const referral of await pendingReferrals(job.db, job.now.toISOString())) await remind(deps, referral, job.now);
    },
  };
}
