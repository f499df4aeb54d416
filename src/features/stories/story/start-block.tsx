import type { StartSection } from '../../../platform/feature.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { listStories, STORIES_VERSION, type Story } from './story.repository.ts';
import { summaryOf } from './story.rules.ts';
import { storiesBase } from './story.views.tsx';

/** The newest published stories and news of the district (or of the buurt, on its page). */
export const newsSection: StartSection = {
  slot: 'news',
  versions: [STORIES_VERSION],
  async render({ db, ctx, district, buurt }) {
    const stories = await listStories(db, district.id, { status: 'published', limit: 3, ...(buurt === null ? {} : { buurtId: buurt.id }) });
    return stories.length === 0 ? '' : <LatestStories ctx={ctx} stories={stories} />;
  },
};

/** A compact block "Oost voor Elkaar": the latest stories and a link to all. */
function LatestStories({ ctx, stories }: { ctx: PageContext; stories: readonly Story[] }) {
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
