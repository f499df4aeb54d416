import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import { Breadcrumbs, type Step } from '../../../platform/layout/breadcrumbs.tsx';
import { Notice } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import type { Story } from './story.repository.ts';
import { bylineOf, summaryOf } from './story.rules.ts';

export const storiesBase = (ctx: Pick<PageContext, 'district'>): string => `/${ctx.district?.slug ?? ''}/verhalen`;

export function Crumbs({ ctx, trail = [] }: { ctx: PageContext; trail?: readonly Step[] }) {
  return (
    <Breadcrumbs
      t={ctx.t}
      district={ctx.district ?? { slug: '', name: '' }}
      steps={[{ href: storiesBase(ctx), label: ctx.t('stories.title') }, ...trail]}
    />
  );
}

function byline(ctx: PageContext, story: Story, buurten: readonly Buurt[]): string {
  const buurt = buurten.find((b) => b.id === story.buurtId)?.name;
  const who = bylineOf(story);
  const name =
    'name' in who ? who.name : buurt === undefined ? ctx.t('stories.byline.resident') : ctx.t('stories.byline.residentOf', { buurt });
  const date = story.publishedAt === null ? '' : formatDate(story.publishedAt, ctx.lang);
  return [ctx.t(`stories.kind.${story.kind}`), name, date].filter((s) => s !== '').join(' · ');
}

/** Oost voor Elkaar: the latest news and stories, and how to send one in. */
export function storiesPage(
  ctx: PageContext,
  data: { stories: Story[]; buurten: Buurt[]; mayWriteNews: boolean; isEditor: boolean; notice?: string },
): Page {
  const { t } = ctx;
  const base = storiesBase(ctx);
  return {
    title: t('stories.title'),
    body: (
      <>
        <Crumbs ctx={ctx} />
        <h1 class="utrecht-heading-1" safe>
          {t('stories.title')}
        </h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead" safe>
          {t('stories.intro')}
        </p>
        {data.notice === undefined ? '' : <Notice text={data.notice} />}
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`${base}/insturen`} safe>
            {t('stories.submit.link')}
          </a>
          {data.mayWriteNews ? (
            <>
              {' · '}
              <a class="utrecht-link" href={`${base}/nieuws`} safe>
                {t('stories.news.link')}
              </a>
            </>
          ) : (
            ''
          )}
          {data.isEditor ? (
            <>
              {' · '}
              <a class="utrecht-link" href={`${base}/redactie`} safe>
                {t('stories.desk.link')}
              </a>
            </>
          ) : (
            ''
          )}
        </p>
        {data.stories.length === 0 ? (
          <p class="utrecht-paragraph" safe>
            {t('stories.none')}
          </p>
        ) : (
          ''
        )}
        {data.stories.map((story) => (
          <article class="wp-story-summary">
            <h2 class="utrecht-heading-3">
              <a class="utrecht-link" href={`${base}/${story.id}`} safe>
                {story.title}
              </a>
            </h2>
            <p class="utrecht-paragraph wp-muted" safe>
              {byline(ctx, story, data.buurten)}
            </p>
            <p class="utrecht-paragraph" safe>
              {summaryOf(story.body)}
            </p>
          </article>
        ))}
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`${base}/atom.xml`} safe>
            {t('stories.feed.link')}
          </a>
        </p>
      </>
    ),
  };
}

export function storyPage(
  ctx: PageContext,
  data: {
    story: Story;
    buurten: Buurt[];
    photo: { width: number; height: number; alt: string } | undefined;
    mayEdit: boolean;
    notice?: string;
  },
): Page {
  const { t } = ctx;
  const { story } = data;
  return {
    title: story.title,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: `${storiesBase(ctx)}/${story.id}`, label: story.title }]} />
        <article>
          <h1 class="utrecht-heading-1" safe>
            {story.title}
          </h1>
          {data.notice === undefined ? '' : <Notice text={data.notice} />}
          {story.status === 'published' ? '' : <Notice kind="info" text={t(`stories.status.${story.status}`)} />}
          <p class="utrecht-paragraph wp-muted" safe>
            {byline(ctx, story, data.buurten)}
          </p>
          {data.photo === undefined ? (
            ''
          ) : (
            <img
              class="wp-story-photo"
              src={`${storiesBase(ctx)}/${story.id}/foto.jpg`}
              alt={data.photo.alt}
              width={String(data.photo.width)}
              height={String(data.photo.height)}
            />
          )}
          <p class="utrecht-paragraph wp-prewrap" safe>
            {story.body}
          </p>
          {story.themes.length === 0 ? (
            ''
          ) : (
            <p class="utrecht-paragraph wp-muted" safe>
              {story.themes.map((th) => t(`activities.theme.${th}`)).join(', ')}
            </p>
          )}
        </article>
        {data.mayEdit ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`${storiesBase(ctx)}/${story.id}/bewerken`} safe>
              {t('stories.edit')}
            </a>
          </p>
        ) : (
          ''
        )}
      </>
    ),
  };
}
