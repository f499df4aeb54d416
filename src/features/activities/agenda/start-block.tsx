import type { StartSection } from '../../../platform/feature.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { ACTIVITIES_VERSION, agendaItems, type AgendaItem } from './activities.repository.ts';
import { agendaBase, whenText } from './agenda.components.tsx';

const WEEK_MS = 7 * 24 * 3600 * 1000;

/**
 * "Wat is er te doen" on the district's start page, a buurt's page (that buurt's) and the
 * kiosk: the published activities of today and the coming week, the next few first.
 */
export const whatsOnSection: StartSection = {
  slot: 'whatsOn',
  versions: [ACTIVITIES_VERSION],
  async render({ db, ctx, district, buurt, where, now }) {
    const items = await agendaItems(db, district.id, {
      from: now.toISOString(),
      to: new Date(now.getTime() + WEEK_MS).toISOString(),
      limit: where === 'kiosk' ? 8 : 5,
      ...(buurt === null ? {} : { buurtId: buurt.id }),
    });
    return where === 'buurt' && items.length === 0 ? '' : <UpcomingActivities ctx={ctx} items={items} />;
  },
};

/** A compact block: the next few activities and a link to the whole agenda. */
function UpcomingActivities({ ctx, items }: { ctx: PageContext; items: readonly AgendaItem[] }) {
  const { t } = ctx;
  return (
    <section class="wp-start-block" aria-labelledby="start-activities">
      <h2 class="utrecht-heading-2" id="start-activities" safe>
        {t('activities.title')}
      </h2>
      {items.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {t('activities.when.none')}
        </p>
      ) : (
        <ul class="utrecht-unordered-list wp-agenda-list">
          {items.map((item) => (
            <li class="wp-agenda-item">
              <a class="utrecht-link" href={`${agendaBase(ctx)}/${item.activity.id}`} safe>
                {item.activity.title}
              </a>
              <p class="utrecht-paragraph wp-muted" safe>
                {item.cancelled === null
                  ? whenText(ctx, item.startsAt, item.endsAt)
                  : `${whenText(ctx, item.startsAt, item.endsAt)} · ${t('activities.status.cancelled.short')}`}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={agendaBase(ctx)} safe>
          {t('activities.start.all')}
        </a>
      </p>
    </section>
  );
}
