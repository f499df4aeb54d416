import { queueMailNow } from '../../../platform/actions/action.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { createTranslator } from '../../../platform/i18n/i18n.ts';
import type { JobDefinition } from '../../../platform/jobs/scheduler.ts';
import { segmentOf, tableOf } from '../edit/edit.access.ts';
import type { EntryType } from '../model/guide.model.ts';
import { reminderDue } from '../model/entries.rules.ts';
import en from '../messages.en.json' with { type: 'json' };
import nl from '../messages.nl.json' with { type: 'json' };

interface DueEntry {
  type: EntryType;
  id: string;
  name: string;
  districtId: string;
  organizationId: string | null;
}

async function dueEntries(db: DbOrTx, now: Date): Promise<DueEntry[]> {
  const due: DueEntry[] = [];
  for (const type of ['organization', 'service', 'location'] as const) {
    const rows =
      type === 'organization'
        ? await db
            .selectFrom('organizations')
            .select(['id', 'name', 'district_id', 'id as organization_id', 'last_verified_at', 'created_at', 'reminded_at'])
            .execute()
        : await db
            .selectFrom(tableOf[type])
            .select(['id', 'name', 'district_id', 'organization_id', 'last_verified_at', 'created_at', 'reminded_at'])
            .execute();
    for (const r of rows) {
      if (reminderDue({ lastVerifiedAt: r.last_verified_at, createdAt: r.created_at, remindedAt: r.reminded_at }, now)) {
        due.push({ type, id: r.id, name: r.name, districtId: r.district_id, organizationId: r.organization_id });
      }
    }
  }
  return due;
}

/** The owners of an entry: the partner contacts of its organisation, or else the district's coordinators. */
async function ownersOf(db: DbOrTx, entry: DueEntry): Promise<{ email: string; name: string }[]> {
  const base = db
    .selectFrom('role_assignments as ra')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .select(['u.email', 'u.name'])
    .where('u.disabled_at', 'is', null)
    .where('ra.district_id', '=', entry.districtId);
  const partners =
    entry.organizationId === null
      ? []
      : await base.where('ra.role', '=', 'partner_contact').where('ra.organization_id', '=', entry.organizationId).execute();
  if (partners.length > 0) return partners;
  return base.where('ra.role', '=', 'coordinator').where('ra.buurt_id', 'is', null).execute();
}

/**
 * Daily: the owners of entries not verified for a year get one mail listing them, with a
 * link to check each. The scheduler makes sure it runs once, however many instances run.
 */
export function reminderJob(deps: AppDeps): JobDefinition {
  const t = createTranslator({ nl, en }, 'nl');
  return {
    name: 'guide.stale_reminders',
    everyMinutes: 1440,
    async run({ db, now, log }) {
      const due = await dueEntries(db, now);
      const districts = new Map((await db.selectFrom('districts').select(['id', 'slug']).execute()).map((d) => [d.id, d.slug]));
      const byRecipient = new Map<string, { name: string; entries: DueEntry[] }>();
      for (const entry of due) {
        for (const owner of await ownersOf(db, entry)) {
          const item = byRecipient.get(owner.email) ?? { name: owner.name, entries: [] };
          item.entries.push(entry);
          byRecipient.set(owner.email, item);
        }
      }
      const link = (e: DueEntry) =>
        new URL(`/${districts.get(e.districtId) ?? ''}/gids/${segmentOf[e.type]}/${e.id}/bewerken`, deps.config.baseUrl).href;
      for (const [email, { name, entries }] of byRecipient) {
        const list = entries.map((e) => `- ${e.name}: ${link(e)}`).join('\n');
        await queueMailNow(deps, {
          to: email,
          subject: t('guide.mail.stale.subject', { count: entries.length }),
          text: t('guide.mail.stale.body', { name, list }),
        });
      }
      for (const type of ['organization', 'service', 'location'] as const) {
        const ids = due.filter((e) => e.type === type).map((e) => e.id);
        if (ids.length > 0) await db.updateTable(tableOf[type]).set({ reminded_at: now.toISOString() }).where('id', 'in', ids).execute();
      }
      if (due.length > 0) log.info({ entries: due.length, recipients: byRecipient.size }, 'guide: stale entry reminders sent');
    },
  };
}
