import { queueMailNow } from '../../platform/actions/action.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { formatDate } from '../../platform/i18n/i18n.ts';
import type { JobDefinition } from '../../platform/jobs/scheduler.ts';
import { feedbackState, type HouseRules } from './help.rules.ts';
import { reminderMail } from './mails.ts';
import { notifyAnswer } from './notify.ts';
import { expireProposals } from './proposal.actions.ts';
import { districtsWithRules } from './rules.repository.ts';
import { findVolunteer } from './volunteers.repository.ts';

interface Due {
  id: string;
  buurt_id: string;
  feedback_due_at: string;
}

/** Requests whose feedback deadline is near and whose coordinators were not yet reminded; each is claimed once. */
async function claimReminders(db: DbOrTx, districtId: string, rules: HouseRules, now: Date): Promise<Due[]> {
  const rows = await db
    .selectFrom('help_requests')
    .select(['id', 'buurt_id', 'feedback_due_at', 'heard_back_at'])
    .where('district_id', '=', districtId)
    .where('status', 'in', ['new', 'checked', 'matching', 'matched', 'done'])
    .where('heard_back_at', 'is', null)
    .where('reminder_sent_at', 'is', null)
    .execute();
  const near = rows.filter(
    (r) => feedbackState({ heardBackAt: r.heard_back_at, feedbackDueAt: r.feedback_due_at, ended: false }, rules, now) === 'near',
  );
  const claimed: Due[] = [];
  for (const r of near) {
    const result = await db
      .updateTable('help_requests')
      .set({ reminder_sent_at: now.toISOString() })
      .where('id', '=', r.id)
      .where('reminder_sent_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) claimed.push(r);
  }
  return claimed;
}

/** The coordinators of a buurt: its buurt assistants and coordinating volunteers, and those of the whole district. */
async function coordinatorsOf(db: DbOrTx, districtId: string, buurtId: string) {
  return db
    .selectFrom('role_assignments as ra')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .select(['u.id', 'u.name', 'u.email'])
    .distinct()
    .where('ra.role', '=', 'coordinator')
    .where('ra.district_id', '=', districtId)
    .where((eb) => eb.or([eb('ra.buurt_id', 'is', null), eb('ra.buurt_id', '=', buurtId)]))
    .where('u.disabled_at', 'is', null)
    .execute();
}

async function remind(deps: AppDeps, db: DbOrTx, now: Date): Promise<void> {
  for (const { districtId, rules } of await districtsWithRules(db)) {
    const due = await claimReminders(db, districtId, rules, now);
    const perCoordinator = new Map<string, { name: string; email: string; items: Due[] }>();
    for (const item of due)
      for (const c of await coordinatorsOf(db, districtId, item.buurt_id)) {
        const entry = perCoordinator.get(c.id) ?? { name: c.name, email: c.email, items: [] };
        entry.items.push(item);
        perCoordinator.set(c.id, entry);
      }
    const district = await db.selectFrom('districts').select('slug').where('id', '=', districtId).executeTakeFirstOrThrow();
    const link = new URL(`/${district.slug}/hulp/balie#near`, deps.config.baseUrl).href;
    for (const c of perCoordinator.values()) {
      const first = c.items.map((i) => i.feedback_due_at).sort()[0] ?? now.toISOString();
      await queueMailNow(deps, reminderMail(c.email, { name: c.name, count: c.items.length, date: formatDate(first, 'nl'), link }));
    }
  }
}

async function expire(deps: AppDeps, db: DbOrTx, now: Date, log: Parameters<typeof notifyAnswer>[1]): Promise<void> {
  for (const { proposal, request } of await expireProposals(db, now)) {
    const volunteer = await findVolunteer(db, request.districtId, proposal.volunteerId);
    const district = await db.selectFrom('districts').select('slug').where('id', '=', request.districtId).executeTakeFirstOrThrow();
    const scheme = (await districtsWithRules(db)).find((d) => d.districtId === request.districtId)?.rules.schemeName ?? '';
    await notifyAnswer(deps, log, {
      proposal,
      request,
      volunteerName: volunteer?.name ?? '',
      answer: 'expired',
      districtSlug: district.slug,
      scheme,
    });
  }
}

/** Reminders before the feedback deadline ("binnen een week terugkoppeling"), and proposals that lapse. */
export function helpJobs(deps: AppDeps): JobDefinition[] {
  return [
    { name: 'help.feedback-reminders', everyMinutes: 60, run: ({ db, now }) => remind(deps, db, now) },
    { name: 'help.proposal-expiry', everyMinutes: 60, run: ({ db, now, log }) => expire(deps, db, now, log) },
  ];
}
