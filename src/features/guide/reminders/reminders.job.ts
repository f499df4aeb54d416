import { systemContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { listDistricts } from '../../../platform/geography/geography.repository.ts';
import type { JobDefinition } from '../../../platform/jobs/scheduler.ts';
import { reminderDue } from '../model/entries.rules.ts';
import { markUnowned, sendReminder } from './reminders.actions.ts';
import { ownersOf, reminderCandidates } from './reminders.repository.ts';
import { remindersByOwner } from './reminders.rules.ts';

/**
 * Daily: the owners of entries not verified for a year get one mail listing them, with a
 * link to check each. The scheduler makes sure it runs once, however many instances run;
 * each owner's mail is committed with the note that they were reminded.
 */
export function reminderJob(deps: AppDeps): JobDefinition {
  return {
    name: 'guide.stale_reminders',
    everyMinutes: 1440,
    async run({ db, now, log }) {
      const due = (await reminderCandidates(db)).filter((entry) => reminderDue(entry, now));
      const owned = [];
      for (const entry of due) owned.push({ entry, owners: await ownersOf(db, entry) });
      const { reminders, unowned } = remindersByOwner(owned);
      const slugs = new Map((await listDistricts(db)).map((d) => [d.id, d.slug]));
      const ctx = systemContext(deps, now);
      for (const reminder of reminders) await sendReminder(ctx, reminder, slugs);
      if (unowned.length > 0) await markUnowned(ctx, unowned);
      if (due.length > 0) log.info({ entries: due.length, recipients: reminders.length }, 'guide: stale entry reminders sent');
    },
  };
}
