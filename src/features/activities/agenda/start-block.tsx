import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { agendaItems, type AgendaItem } from './activities.repository.ts';
import { agendaBase, whenText } from './agenda.components.tsx';

/** @public The next published activities of a district in [from, to), for the district's start page. */
export function upcomingActivities(
  db: DbOrTx,
  districtId: string,
  range: { from: string; to: string; limit?: number },
): Promise<AgendaItem[]> {
  return agendaItems(db, districtId, { from: range.from, to: range.to, limit: range.limit ?? 5 });
}

/** @public A compact block "Wat is er te doen": the next few activities and a link to the whole agenda. */
export function UpcomingActivities({ ctx, items }: { ctx: PageContext; items: readonly AgendaItem[] }) {
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
                {whenText(ctx, item.startsAt, item.endsAt)}
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
