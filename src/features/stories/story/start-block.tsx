import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { listStories, type Story } from './story.repository.ts';
import { summaryOf } from './story.rules.ts';
import { storiesBase } from './story.views.tsx';

/** @public The newest published stories and news of a district, for its start page. */
export function latestStories(db: DbOrTx, districtId: string, n: number): Promise<Story[]> {
  return listStories(db, districtId, { status: 'published', limit: n });
}

/** @public A compact block "Oost voor Elkaar": the latest stories and a link to all. */
export function LatestStories({ ctx, stories }: { ctx: PageContext; stories: readonly Story[] }) {
  const { t } = ctx;
  return (
    <section class="wp-start-block" aria-labelledby="start-stories">
      <h2 class="utrecht-heading-2" id="start-stories" safe>
        {t('stories.title')}
      </h2>
      <ul class="utrecht-unordered-list">
        {stories.map((story) => (
          <li>
            <a class="utrecht-link" href={`${storiesBase(ctx)}/${story.id}`} safe>
              {story.title}
            </a>
            <p class="utrecht-paragraph wp-muted" safe>
              {summaryOf(story.body, 120)}
            </p>
          </li>
        ))}
      </ul>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={storiesBase(ctx)} safe>
          {t('stories.start.all')}
        </a>
      </p>
    </section>
  );
}
