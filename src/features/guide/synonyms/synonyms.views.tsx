import type { District } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, Notice, SubmitButton, TextAreaField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Breadcrumb } from '../common/breadcrumb.tsx';
import { guidePath } from '../common/paths.ts';
import { termLabelKey, type Term } from '../model/taxonomy.ts';

export const wordsPath = (district: Pick<District, 'slug'>, theme?: string) =>
  guidePath(district, `/beheer/woorden${theme === undefined ? '' : `/${theme}`}`);

const trailOf = (ctx: PageContext, district: District, withList: boolean) => [
  { href: guidePath(district, '/beheer'), label: ctx.t('guide.manage.title') },
  ...(withList ? [{ href: wordsPath(district), label: ctx.t('guide.synonyms.title') }] : []),
];

/** Every kind of question with the everyday words that lead to it. */
export function themeWordsPage(ctx: PageContext, district: District, themes: readonly { term: Term; words: readonly string[] }[]): Page {
  const { t } = ctx;
  const title = t('guide.synonyms.title');
  return {
    title,
    body: (
      <>
        <Breadcrumb ctx={ctx} district={district} trail={trailOf(ctx, district, false)} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        <p class="utrecht-paragraph" safe>
          {t('guide.synonyms.intro')}
        </p>
        {themes.map(({ term, words }) => (
          <section aria-labelledby={`thema-${term.code}`}>
            <h2 class="utrecht-heading-3" id={`thema-${term.code}`} safe>
              {t(termLabelKey(term))}
            </h2>
            <p class="utrecht-paragraph" safe>
              {words.length === 0 ? t('guide.synonyms.none') : words.join(', ')}
            </p>
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={wordsPath(district, term.code)} safe>
                {t('guide.synonyms.change', { theme: t(termLabelKey(term)) })}
              </a>
            </p>
          </section>
        ))}
      </>
    ),
  };
}

/** The form for one theme's words: one a line. */
export function themeWordsForm(ctx: PageContext, district: District, theme: Term, form: FormState, notice?: string): Page {
  const { t } = ctx;
  const themeName = t(termLabelKey(theme));
  const title = t('guide.synonyms.formTitle', { theme: themeName });
  const labels = { woorden: t('guide.synonyms.words') };
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Breadcrumb ctx={ctx} district={district} trail={trailOf(ctx, district, true)} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        {notice ? <Notice text={notice} /> : ''}
        <ErrorSummary t={t} form={form} labels={labels} />
        <p class="utrecht-paragraph" safe>
          {t('guide.synonyms.formIntro', { theme: themeName })}
        </p>
        <form method="post" action={wordsPath(district, theme.code)} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextAreaField
            t={t}
            form={form}
            name="woorden"
            label={labels.woorden}
            description={t('guide.synonyms.wordsHint')}
            required={false}
            rows={10}
            maxlength={2000}
          />
          <SubmitButton label={t('guide.synonyms.save')} />
        </form>
      </>
    ),
  };
}
