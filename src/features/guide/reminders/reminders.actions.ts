import { linkFor, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import { createTranslator } from '../../../platform/i18n/i18n.ts';
import { entryPath } from '../common/paths.ts';
import en from '../messages.en.json' with { type: 'json' };
import nl from '../messages.nl.json' with { type: 'json' };
import { markReminded, type Candidate } from './reminders.repository.ts';
import type { Reminder } from './reminders.rules.ts';

const t = createTranslator({ nl, en }, 'nl');

/**
 * One owner's reminder: the mail listing their stale entries, each with a link to check it,
 * is queued together with noting the entries it completes as reminded — both or neither.
 */
export function sendReminder(ctx: ActionContext, reminder: Reminder<Candidate>, slugs: ReadonlyMap<string, string>): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const link = (e: Candidate) => linkFor(ctx, `${entryPath({ slug: slugs.get(e.districtId) ?? '' }, e.type, e.id)}/bewerken`);
    const list = reminder.entries.map((e) => `- ${e.name}: ${link(e)}`).join('\n');
    await queueMail(trx, ctx, {
      to: reminder.email,
      subject: t('guide.mail.stale.subject', { count: reminder.entries.length }),
      text: t('guide.mail.stale.body', { name: reminder.name, list }),
      automatic: true,
    });
    await markReminded(trx, reminder.completes, ctx.now.toISOString());
    return success();
  });
}

/** Stale entries that nobody owns are noted as reminded all the same, so they are looked at again in a month. */
export function markUnowned(ctx: ActionContext, entries: readonly Candidate[]): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    await markReminded(trx, entries, ctx.now.toISOString());
    return success();
  });
}
