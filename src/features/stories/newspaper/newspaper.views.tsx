import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { PageHeading, Paragraph } from '../../../platform/layout/text.tsx';
import type { UpcomingActivity } from '../../activities/index.ts';
import type { PublishedStory } from '../story/published.repository.ts';
import { editionLimits } from './newspaper.rules.ts';
import { Crumbs, storiesBase } from '../story/story.views.tsx';

interface EditionView {
  month: string;
  previous: string;
  next: string;
  stories: readonly PublishedStory[];
  dates: readonly UpcomingActivity[];
}

/** What goes into the month's edition, and the PDF to send to the Oostkrant or print for who is offline. */
export function newspaperPage(ctx: PageContext, data: EditionView): Page {
  const { t } = ctx;
  const heading = t('stories.paper.heading', { month: data.month });
  const here = `${storiesBase(ctx)}/krant`;
  return {
    title: heading,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: here, label: heading }]} />
        <PageHeading text={heading} intro={t('stories.paper.lead')} />
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`${here}.pdf?maand=${data.month}`} safe>
            {t('stories.paper.download', { month: data.month })}
          </a>
        </p>
        <h2 class="utrecht-heading-2" safe>
          {t('stories.paper.stories')}
        </h2>
        {data.stories.length === 0 ? (
          <Paragraph text={t('stories.paper.noStories')} />
        ) : (
          <ul class="utrecht-unordered-list">
            {data.stories.map((s) => (
              <li safe>{s.title}</li>
            ))}
          </ul>
        )}
        <h2 class="utrecht-heading-2" safe>
          {t('stories.paper.agenda')}
        </h2>
        <Paragraph
          text={t('stories.paper.dates', { count: Math.min(data.dates.length, editionLimits.agendaRows), all: data.dates.length })}
        />
        <ul class="utrecht-unordered-list">
          <li>
            <a class="utrecht-link" href={`${here}?maand=${data.previous}`} safe>
              {t('stories.paper.other', { month: data.previous })}
            </a>
          </li>
          <li>
            <a class="utrecht-link" href={`${here}?maand=${data.next}`} safe>
              {t('stories.paper.other', { month: data.next })}
            </a>
          </li>
        </ul>
      </>
    ),
  };
}
