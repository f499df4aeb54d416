import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import { Breadcrumbs, type Step } from '../../../platform/layout/breadcrumbs.tsx';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { activityThemes } from '../../activities/index.ts';
import type { Story } from './story.repository.ts';
import { bylineOf, summaryOf } from './story.rules.ts';
import { submitForm } from './story.schema.ts';

export const storiesBase = (ctx: Pick<PageContext, 'district'>): string => `/${ctx.district?.slug ?? ''}/verhalen`;

function Crumbs({ ctx, trail = [] }: { ctx: PageContext; trail?: readonly Step[] }) {
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

export function storyPage(ctx: PageContext, data: { story: Story; buurten: Buurt[]; mayEdit: boolean; notice?: string }): Page {
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

/** The fields every story form shares: title, text, buurt and themes. */
function StoryFields({ ctx, form, buurten }: { ctx: PageContext; form: FormState; buurten: readonly Buurt[] }) {
  const { t } = ctx;
  const chosen = new Set((form.values.themes ?? '').split(','));
  return (
    <>
      <TextField t={t} form={form} name="title" label={t('stories.form.title')} maxlength={maxLengthOf(submitForm, 'title')} />
      <TextAreaField t={t} form={form} name="body" rows={12} label={t('stories.form.body')} maxlength={maxLengthOf(submitForm, 'body')} />
      <SelectField
        t={t}
        form={form}
        name="buurt"
        label={t('stories.form.buurt')}
        required={false}
        placeholder={t('stories.form.buurt.whole')}
        options={buurten.map((b) => ({ value: b.id, label: b.name }))}
      />
      <fieldset class="utrecht-form-fieldset wp-fieldset">
        <legend class="utrecht-form-fieldset__legend" safe>
          {t('stories.form.themes')}
        </legend>
        {activityThemes.map((th, i) => (
          <div class="utrecht-form-field utrecht-form-field--checkbox wp-check">
            <input
              class="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              id={`field-themes-${i}`}
              name="themes"
              value={th}
              checked={chosen.has(th)}
            />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for={`field-themes-${i}`} safe>
              {t(`activities.theme.${th}`)}
            </label>
          </div>
        ))}
      </fieldset>
    </>
  );
}

const labelsOf = (ctx: PageContext) =>
  Object.fromEntries(
    ['title', 'body', 'buurt', 'themes', 'name', 'email', 'showName', 'publish'].map((n) => [n, ctx.t(`stories.form.${n}`)]),
  );

/** Send in a story (residents), write news (partners), or edit (editors): one page, three forms. */
export function storyFormPage(
  ctx: PageContext,
  data: { mode: 'submit' | 'news' | 'edit'; action: string; buurten: Buurt[] },
  form: FormState,
): Page {
  const { t } = ctx;
  const heading = t(`stories.${data.mode}.title`);
  return {
    title: heading,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: data.action, label: heading }]} />
        <h1 class="utrecht-heading-1" safe>
          {heading}
        </h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead" safe>
          {t(`stories.${data.mode}.intro`)}
        </p>
        <ErrorSummary t={t} form={form} labels={labelsOf(ctx)} />
        <form class="wp-form" method="post" action={data.action} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <StoryFields ctx={ctx} form={form} buurten={data.buurten} />
          {data.mode === 'submit' ? (
            <>
              <TextField
                t={t}
                form={form}
                name="name"
                label={t('stories.form.name')}
                autocomplete="name"
                maxlength={maxLengthOf(submitForm, 'name')}
              />
              <TextField
                t={t}
                form={form}
                name="email"
                type="email"
                label={t('stories.form.email')}
                autocomplete="email"
                description={t('stories.form.email.description')}
              />
            </>
          ) : (
            ''
          )}
          {data.mode === 'news' ? (
            ''
          ) : (
            <CheckboxField
              t={t}
              form={form}
              name="showName"
              label={t('stories.form.showName')}
              description={t('stories.form.showName.description')}
            />
          )}
          {data.mode === 'edit' ? (
            <SelectField
              t={t}
              form={form}
              name="publish"
              label={t('stories.form.publish')}
              options={['publish', 'save'].map((v) => ({ value: v, label: t(`stories.form.publish.${v}`) }))}
            />
          ) : (
            ''
          )}
          <SubmitButton label={t(`stories.${data.mode}.submit`)} />
        </form>
      </>
    ),
  };
}

/** The editors' desk: the stories waiting, each to edit and publish or to turn down. */
export function deskPage(ctx: PageContext, data: { waiting: Story[]; notice?: string }): Page {
  const { t } = ctx;
  const base = storiesBase(ctx);
  return {
    title: t('stories.desk.title'),
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: `${base}/redactie`, label: t('stories.desk.title') }]} />
        <h1 class="utrecht-heading-1" safe>
          {t('stories.desk.title')}
        </h1>
        {data.notice === undefined ? '' : <Notice text={data.notice} />}
        {data.waiting.length === 0 ? (
          <p class="utrecht-paragraph" safe>
            {t('stories.desk.none')}
          </p>
        ) : (
          ''
        )}
        <ul class="utrecht-unordered-list">
          {data.waiting.map((story) => (
            <li>
              <a class="utrecht-link" href={`${base}/${story.id}/bewerken`} safe>
                {story.title}
              </a>
              <form class="wp-inline-form" method="post" action={`${base}/${story.id}/afwijzen`}>
                <CsrfField token={ctx.csrfToken} />
                <SubmitButton label={t('stories.desk.reject', { title: story.title })} secondary />
              </form>
            </li>
          ))}
        </ul>
      </>
    ),
  };
}
