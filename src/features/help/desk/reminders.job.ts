import { systemContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { findDistrictById } from '../../../platform/geography/geography.repository.ts';
import type { JobDefinition } from '../../../platform/jobs/scheduler.ts';
import { districtsWithRules } from '../house-rules/rules.repository.ts';
import { remindCoordinators } from './reminders.actions.ts';

/** Reminders before the feedback deadline, per district that runs neighbour help. */
export function feedbackRemindersJob(deps: AppDeps): JobDefinition {
  return {
    name: 'help.feedback-reminders',
    everyMinutes: 60,
    async run({ db, now }) {
      const ctx = systemContext(deps, now);
      for (const { districtId, rules } of await districtsWithRules(db)) {
        const district = await findDistrictById(db, districtId);
        if (district !== undefined) await remindCoordinators(ctx, district, rules);
      }
    },
  };
}
