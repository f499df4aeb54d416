import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
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
import { PHOTO_MAX_BYTES } from '../photo/photo.rules.ts';
import type { Story } from './story.repository.ts';
import { submitForm } from './story.schema.ts';
import { Crumbs, storiesBase } from './story.views.tsx';

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
    ['title', 'body', 'buurt', 'themes', 'name', 'email', 'showName', 'publish', 'photo', 'photoAlt'].map((n) => [
      n,
      ctx.t(`stories.form.${n}`),
    ]),
  );

/** A photo to upload, checked on the server by its content; the field keeps the platform's error pattern. */
function PhotoField({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const error = form.errors.photo;
  return (
    <div class={`utrecht-form-field utrecht-form-field--distanced${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="field-photo">
          <span safe>{ctx.t('stories.form.photo')}</span>
          <span class="wp-optional" safe>{` (${ctx.t('form.optional')})`}</span>
        </label>
      </div>
      <div class="utrecht-form-field-description utrecht-form-field__description" id="field-photo-description" safe>
        {ctx.t('stories.form.photo.description', { mb: PHOTO_MAX_BYTES / 1024 / 1024 })}
      </div>
      {error ? (
        <div class="utrecht-form-field-error-message utrecht-form-field__error-message" id="field-photo-error" safe>
          {ctx.t(error.code, error.params)}
        </div>
      ) : (
        ''
      )}
      <div class="utrecht-form-field__input">
        <input
          class="utrecht-textbox utrecht-textbox--html-input"
          type="file"
          id="field-photo"
          name="photo"
          accept="image/jpeg,image/png,image/webp"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'field-photo-description field-photo-error' : 'field-photo-description'}
        />
      </div>
    </div>
  );
}

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
        <form
          class="wp-form"
          method="post"
          action={data.action}
          enctype={data.mode === 'submit' ? 'multipart/form-data' : undefined}
          novalidate
        >
          <CsrfField token={ctx.csrfToken} />
          <StoryFields ctx={ctx} form={form} buurten={data.buurten} />
          {data.mode === 'submit' ? (
            <>
              <PhotoField ctx={ctx} form={form} />
              <TextField
                t={t}
                form={form}
                name="photoAlt"
                required={false}
                label={t('stories.form.photoAlt')}
                description={t('stories.form.photoAlt.description')}
                maxlength={maxLengthOf(submitForm, 'photoAlt')}
              />
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
