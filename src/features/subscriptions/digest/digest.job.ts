import { linkFor, queueMails, runAction, systemContext } from '../../../platform/actions/action.ts';
import { success } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { findDistrictById, listBuurten, type District } from '../../../platform/geography/geography.repository.ts';
import { createTranslator, isLang, type Catalogs } from '../../../platform/i18n/i18n.ts';
import type { JobDefinition } from '../../../platform/jobs/scheduler.ts';
import type { QueuedMail } from '../../../platform/mail/outbox.repository.ts';
import { optOutPath, optOutToken, unsubscribeHeaders } from '../../../platform/mail/opt-outs.ts';
import { upcomingActivities } from '../../activities/index.ts';
import { newOffersOfDistrict } from '../../guide/index.ts';
import { publishedStories } from '../../stories/index.ts';
import { deleteExpiredPending } from '../subscribe/subscribe.repository.ts';
import { claimPeriod, dueSubscribers, type DueSubscriber } from './digest.repository.ts';
import { DIGEST_LIST, digestMail } from './digest.mail.tsx';
import { CONFIRM_DAYS, digestPeriod, frequencies, selectDigest, type DigestContent, type DigestPeriod } from './digest.rules.ts';

const BATCH = 500;

/** What one run knows about a district: its name, buurten, and the content per buurt (computed once). */
interface DistrictCache {
  district: District;
  buurtNames: Map<string, string>;
  content: Map<string, Promise<DigestContent | null>>;
}

async function contentFor(db: DbOrTx, districtId: string, buurtId: string | null, period: DigestPeriod, now: Date) {
  const [activities, stories, offers] = await Promise.all([
    upcomingActivities(db, districtId, { from: now.toISOString(), to: period.endsAt, buurtId, limit: 300 }),
    publishedStories(db, districtId, { since: period.newSince, until: now.toISOString(), buurtId, limit: 10 }),
    newOffersOfDistrict(db, districtId, period.newSince, 50),
  ]);
  return selectDigest({ activities, stories, offers }, buurtId, period, now);
}

/**
 * Every hour: each active subscriber whose period has begun (Monday or the 1st, from seven)
 * and who has no digest for it yet gets one, with the way out in the text and the headers.
 * Also forgets subscriptions that were never confirmed.
 */
export function digestJob(deps: AppDeps, catalogs: Catalogs): JobDefinition {
  return {
    name: 'subscriptions.digest',
    everyMinutes: 60,
    async run({ db, now }) {
      await deleteExpiredPending(db, new Date(now.getTime() - CONFIRM_DAYS * 24 * 3600 * 1000).toISOString());
      for (const frequency of frequencies) {
        const period = digestPeriod(frequency, now);
        const districts = new Map<string, DistrictCache | null>();
        const cacheOf = async (id: string) => {
          if (!districts.has(id)) {
            const district = await findDistrictById(db, id);
            const buurtNames = new Map((await listBuurten(db, id)).map((b) => [b.id, b.name]));
            districts.set(id, district === undefined ? null : { district, buurtNames, content: new Map() });
          }
          return districts.get(id) ?? null;
        };
        const mailOf = async (s: DueSubscriber): Promise<QueuedMail | null> => {
          const cache = await cacheOf(s.districtId);
          if (cache === null) return null;
          const key = s.buurtId ?? '';
          if (!cache.content.has(key)) cache.content.set(key, contentFor(db, s.districtId, s.buurtId, period, now));
          const content = await cache.content.get(key);
          if (content === null || content === undefined) return null;
          const ctx = systemContext(deps, now);
          const slug = cache.district.slug;
          const unsubscribe = linkFor(ctx, optOutPath(slug, optOutToken(deps.config.sessionSecret, DIGEST_LIST, s.email)));
          const lang = isLang(s.lang) ? s.lang : 'nl';
          const mail = digestMail({
            t: createTranslator(catalogs, lang),
            lang,
            district: cache.district.name,
            area: (s.buurtId === null ? undefined : cache.buurtNames.get(s.buurtId)) ?? cache.district.name,
            base: linkFor(ctx, `/${slug}`),
            unsubscribe,
            content,
          });
          return { to: s.email, ...mail, districtId: s.districtId, automatic: true, headers: unsubscribeHeaders(unsubscribe) };
        };
        for (let after = ''; ;) {
          const due = await dueSubscribers(db, frequency, period.key, after, BATCH);
          if (due.length === 0) break;
          after = due[due.length - 1]?.id ?? after;
          const mails = new Map(await Promise.all(due.map(async (s) => [s.id, await mailOf(s)] as const)));
          await runAction(systemContext(deps, now), async (trx) => {
            const claimed = await claimPeriod(trx, [...mails.keys()], period.key);
            const toSend = [...mails].flatMap(([id, mail]) => (mail !== null && claimed.has(id) ? [mail] : []));
            await queueMails(trx, systemContext(deps, now), toSend);
            return success();
          });
        }
      }
    },
  };
}
