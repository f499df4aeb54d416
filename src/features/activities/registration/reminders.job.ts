import { linkFor, queueMail, runAction, systemContext } from '../../../platform/actions/action.ts';
import { success } from '../../../platform/actions/outcome.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { findDistrictById } from '../../../platform/geography/geography.repository.ts';
import { createTranslator, type Catalogs } from '../../../platform/i18n/i18n.ts';
import { hasOptedOut, optOutPath, optOutToken, unsubscribeHeaders } from '../../../platform/mail/opt-outs.ts';
import type { JobDefinition } from '../../../platform/jobs/scheduler.ts';
import { findActivity } from '../agenda/activities.repository.ts';
import { placeLine } from './registration.actions.ts';
import { registrationMail } from './registration.mail.ts';
import { dueReminders, markReminded } from './registration.repository.ts';
import { reminderWindow } from './registration.rules.ts';

/** The kind of mail a resident can say "no more" to (the opt-out store's list). */
const REMINDER_LIST = 'activities.reminders';

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
          // Whoever opted out of reminders gets none: the mail's unsubscribe header must not lie.
          if (await hasOptedOut(trx, REMINDER_LIST, due.email)) return success();
          const ctx = systemContext(deps, now);
          const optOut = linkFor(ctx, optOutPath(district.slug, optOutToken(deps.config.sessionSecret, REMINDER_LIST, due.email)));
          const facts = {
            activity,
            startsAt: due.startsAt,
            place: await placeLine(trx, district.id, activity.locationId),
            name: due.name,
            cancelLink: linkFor(ctx, `/${district.slug}/activiteiten/${activity.id}`),
          };
          const mail = registrationMail(t, 'reminder', due.email, facts);
          await queueMail(trx, ctx, {
            ...mail,
            text: `${mail.text}\n\n${t('activities.mail.reminder.optOut', { link: optOut })}`,
            districtId: district.id,
            automatic: true,
            headers: unsubscribeHeaders(optOut),
          });
          return success();
        });
      }
    },
  };
}
