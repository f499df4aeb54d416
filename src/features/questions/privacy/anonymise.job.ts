import { audit, runAction, systemContext } from '../../../platform/actions/action.ts';
import { success } from '../../../platform/actions/outcome.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import type { JobDefinition } from '../../../platform/jobs/scheduler.ts';
import { anonymiseBefore } from '../question/question.rules.ts';
import { anonymiseQuestion, dueForAnonymising } from './privacy.repository.ts';

const ANONYMISE_BATCH = 1000;

/**
 * Personal data of questions that ended longer ago than the retention period goes; the
 * figures stay. One batch is one action, audited once per district with its count.
 */
export function anonymiseJob(deps: AppDeps, months: number): JobDefinition {
  return {
    name: 'questions.anonymise',
    everyMinutes: 1440,
    async run(job) {
      const ctx = systemContext(deps, job.now);
      const at = job.now.toISOString();
      const due = await dueForAnonymising(job.db, anonymiseBefore(job.now, months), ANONYMISE_BATCH);
      const perDistrict = new Map<string, number>();
      await runAction(ctx, async (trx) => {
        for (const q of due) {
          await anonymiseQuestion(trx, q.id, at);
          perDistrict.set(q.districtId, (perDistrict.get(q.districtId) ?? 0) + 1);
        }
        for (const [districtId, count] of perDistrict)
          await audit(trx, ctx, { action: 'questions.anonymised', districtId, details: { count, months } });
        return success();
      });
      if (due.length > 0) job.log.info({ count: due.length, months }, 'questions anonymised');
    },
  };
}
