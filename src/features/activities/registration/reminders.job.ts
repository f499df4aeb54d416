import { linkFor, queueMail, runAction, systemContext } from '../../../platform/actions/action.ts';
import { success } from '../../../platform/actions/outcome.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { findDistrictById } from '../../../platform/geography/geography.repository.ts';
import { createTranslator, type Catalogs } from '../../../platform/i18n/i18n.ts';
import type { JobDefinition } from '../../../platform/jobs/scheduler.ts';
import { findActivity } from '../agenda/activities.repository.ts';
import { placeLine } from './registration.actions.ts';
import { registrationMail } from './registration.mail.ts';
import { dueReminders, markReminded } from './registration.repository.ts';
import { reminderWindow } from './registration.rules.ts';

/** Every hour: a reminder to everyone with a place at what starts tomorrow, once each (the mark is the lease). */
export function reminderJob(deps: AppDeps, catalogs: Catalogs): JobDefinition {
  const t = createTranslator(catalogs, 'nl');
  return {
    name: 'activities.reminders',
    everyMinutes: 60,
    async run({ db, now }) {
      for (const due of await dueReminders(db, reminderWindow(now))) {
        await runAction(systemContext(deps, now), async (trx) => {
          if (!(await markReminded(trx, due.id, now.toISOString()))) return success();
          const district = await findDistrictById(trx, due.districtId);
          const activity = await findActivity(trx, due.districtId, due.activityId);
          if (district === undefined || activity === undefined) return success();
          const facts = {
            activity,
            startsAt: due.startsAt,
            place: await placeLine(trx, district.id, activity.locationId),
            name: due.name,
            cancelLink: linkFor(systemContext(deps, now), `/${district.slug}/activiteiten/${activity.id}`),
          };
          await queueMail(trx, systemContext(deps, now), { ...registrationMail(t, 'reminder', due.email, facts), districtId: district.id });
          return success();
        });
      }
    },
  };
}
