import { linkFor, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import { rolesWith } from '../../../platform/auth/rights.rules.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import { feedbackState, type HouseRules } from '../house-rules/house-rules.rules.ts';
import { reminderMail } from '../shared/mails.ts';
import { coordinatorsOf, markReminded, notYetReminded, type Unanswered } from './reminders.repository.ts';

/**
 * The district's coordinators hear which requests near their feedback deadline ("binnen een
 * week terugkoppeling"): one mail each, listing theirs. Marking a request reminded and
 * queueing the mails is one transaction, so a reminder is never counted as sent without its mail.
 */
export function remindCoordinators(ctx: ActionContext, district: District, rules: HouseRules): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const open = await notYetReminded(trx, district.id);
    const near = open.filter((r) => feedbackState({ ...r, ended: false }, rules, ctx.now) === 'near');
    const perCoordinator = new Map<string, { name: string; email: string; items: Unanswered[] }>();
    for (const item of near) {
      if (!(await markReminded(trx, item.id, ctx.now.toISOString()))) continue;
      for (const c of await coordinatorsOf(trx, rolesWith('help.desk'), { ...item, districtId: district.id })) {
        const entry = perCoordinator.get(c.id) ?? { name: c.name, email: c.email, items: [] };
        entry.items.push(item);
        perCoordinator.set(c.id, entry);
      }
    }
    const link = linkFor(ctx, `/${district.slug}/hulp/balie#near`);
    for (const c of perCoordinator.values()) {
      const first = c.items.map((i) => i.feedbackDueAt).sort()[0] ?? ctx.now.toISOString();
      const mail = reminderMail(c.email, { name: c.name, count: c.items.length, date: formatDate(first, 'nl'), link });
      await queueMail(trx, ctx, { ...mail, districtId: district.id, automatic: true });
    }
    return success();
  });
}
