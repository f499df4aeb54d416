import type { Buurt, District } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { CheckboxField, ErrorSummary, SelectField, SubmitButton, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Breadcrumb, entryPath, buurtenPath, guidePath } from '../common/common.views.tsx';
import type { Term } from '../model/guide.model.ts';
import type { SearchHit } from './search.repository.ts';
import { termLabelKey } from '../model/taxonomy.ts';

export interface SearchPageData {
  district: District;
  buurten: Buurt[];
  themes: Term[];
  audiences: Term[];
  form: FormState;
  total: number;
  hits: SearchHit[];
  page: number;
  pageCount: number;
  /** The query string of this search without its page number, for the pager. */
  baseQuery: string;
  searched: boolean;
}

export const PAGE_SIZE = 20;

function themeOptions(ctx: PageContext, themes: readonly Term[]) {
  return themes.map((term) => ({
    value: term.code,
    label: term.parentId === null ? ctx.t(termLabelKey(term)) : `– ${ctx.t(termLabelKey(term))}`,
  }));
}

function Filters({ ctx, data }: { ctx: PageContext; data: SearchPageData }) {
  const { t } = ctx;
  const form = data.form;
  return (
    <form method="get" action={guidePath(data.district)} class="wp-guide-search" role="search" aria-label={t('guide.search.label')}>
      <TextField
        t={t}
        form={form}
        name="q"
        type="search"
        required={false}
        label={t('guide.search.q')}
        description={t('guide.search.q.description')}
        maxlength={200}
      />
      <details class="wp-guide-filters" open={Object.keys(form.errors).length > 0 || data.searched}>
        <summary safe>{t('guide.search.filters')}</summary>
        <SelectField
          t={t}
          form={form}
          name="buurt"
          required={false}
          label={t('guide.search.buurt')}
          placeholder={t('guide.search.anyBuurt')}
          options={data.buurten.map((b) => ({ value: b.slug, label: b.name }))}
        />
        <SelectField
          t={t}
          form={form}
          name="thema"
          required={false}
          label={t('guide.search.theme')}
          placeholder={t('guide.search.anyTheme')}
          options={themeOptions(ctx, data.themes)}
        />
        <SelectField
          t={t}
          form={form}
          name="voorwie"
          required={false}
          label={t('guide.search.audience')}
          placeholder={t('guide.search.anyone')}
          options={data.audiences.map((a) => ({ value: a.code, label: t(termLabelKey(a)) }))}
        />
        <SelectField
          t={t}
          form={form}
          name="soort"
          required={false}
          label={t('guide.search.type')}
          placeholder={t('guide.search.allTypes')}
          options={(['aanbod', 'plekken', 'organisaties'] as const).map((v) => ({ value: v, label: t(`guide.search.type.${v}`) }))}
        />
        <CheckboxField t={t} form={form} name="gratis" value="ja" label={t('guide.search.free')} />
        <CheckboxField t={t} form={form} name="open" value="nu" label={t('guide.search.openNow')} />
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend" safe>
            {t('guide.search.accessible')}
          </legend>
          {(['lichamelijk', 'financieel', 'welkom'] as const).map((v) => (
            <div class="utrecht-form-field utrecht-form-field--checkbox">
              <div class="utrecht-form-field__label">
                <label class="utrecht-form-label" for={`field-toegankelijk-${v}`} safe>
                  {t(`guide.search.accessible.${v}`)}
                </label>
              </div>
              <div class="utrecht-form-field__input">
                <input
                  class="utrecht-checkbox utrecht-checkbox--html-input"
                  type="checkbox"
                  id={`field-toegankelijk-${v}`}
                  name="toegankelijk"
                  value={v}
                  checked={(form.values.toegankelijk ?? '').split(',').includes(v)}
                />
              </div>
            </div>
          ))}
        </fieldset>
      </details>
      <SubmitButton label={t('guide.search.submit')} />
    </form>
  );
}

export function HitList({ ctx, district, hits }: { ctx: PageContext; district: District; hits: readonly SearchHit[] }) {
  const { t } = ctx;
  return (
    <ol class="wp-hit-list">
      {hits.map((hit) => (
        <li class="wp-hit">
          <span class="utrecht-status-badge wp-hit__type" safe>
            {t(`guide.entry.${hit.entryType}`)}
          </span>
          <a class="utrecht-link wp-card__link" href={entryPath(district, hit.entryType, hit.entryId)} safe>
            {hit.name}
          </a>
          {hit.subtitle ? (
            <p class="utrecht-paragraph wp-hit__subtitle" safe>
              {hit.entryType === 'organization' ? t(`guide.term.organisatie.${hit.subtitle}`) : hit.subtitle}
            </p>
          ) : (
            ''
          )}
          {hit.summary ? (
            <p class="utrecht-paragraph" safe>
              {hit.summary}
            </p>
          ) : (
            ''
          )}
        </li>
      ))}
    </ol>
  );
}

function Pager({ ctx, href, page, pageCount }: { ctx: PageContext; href: (page: number) => string; page: number; pageCount: number }) {
  if (pageCount <= 1) return '';
  const { t } = ctx;
  return (
    <nav class="utrecht-pagination" aria-label={t('guide.pager')}>
      <span class="utrecht-pagination__relative-link-list">
        {page > 1 ? (
          <a class="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev" rel="prev" href={href(page - 1)} safe>
            {t('guide.pager.previous')}
          </a>
        ) : (
          ''
        )}
        <span class="wp-pager__where" safe>
          {` ${t('guide.pager.where', { page, pages: pageCount })} `}
        </span>
        {page < pageCount ? (
          <a class="utrecht-pagination__relative-link utrecht-pagination__relative-link--next" rel="next" href={href(page + 1)} safe>
            {t('guide.pager.next')}
          </a>
        ) : (
          ''
        )}
      </span>
    </nav>
  );
}

function Results({ ctx, data }: { ctx: PageContext; data: SearchPageData }) {
  const { t } = ctx;
  if (Object.keys(data.form.errors).length > 0) return '';
  return (
    <section aria-labelledby="results-title">
      <h2 class="utrecht-heading-2" id="results-title" aria-live="polite" safe>
        {t('guide.search.results', { count: data.total })}
      </h2>
      {data.total === 0 ? (
        <p class="utrecht-paragraph" safe>
          {t('guide.search.nothing')}
        </p>
      ) : (
        <HitList ctx={ctx} district={data.district} hits={data.hits} />
      )}
      <Pager
        ctx={ctx}
        page={data.page}
        pageCount={data.pageCount}
        href={(p) => `${guidePath(data.district)}?${data.baseQuery}${data.baseQuery ? '&' : ''}pagina=${p}`}
      />
    </section>
  );
}

export function searchPage(ctx: PageContext, data: SearchPageData): Page {
  const { t } = ctx;
  const title = t('guide.search.title', { district: data.district.name });
  const labels = {
    q: t('guide.search.q'),
    buurt: t('guide.search.buurt'),
    thema: t('guide.search.theme'),
    voorwie: t('guide.search.audience'),
    soort: t('guide.search.type'),
    toegankelijk: t('guide.search.accessible'),
  };
  return {
    title,
    hasErrors: Object.keys(data.form.errors).length > 0,
    body: (
      <>
        <Breadcrumb ctx={ctx} district={data.district} trail={[]} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead" safe>
          {t('guide.search.intro')}
        </p>
        <ErrorSummary t={t} form={data.form} labels={labels} />
        <Filters ctx={ctx} data={data} />
        <Results ctx={ctx} data={data} />
        <h2 class="utrecht-heading-2 wp-no-print" safe>
          {t('guide.search.more')}
        </h2>
        <ul class="utrecht-link-list utrecht-link-list--html-ul wp-no-print">
          <li class="utrecht-link-list__item">
            <a class="utrecht-link utrecht-link-list__link" href={buurtenPath(data.district)} safe>
              {t('guide.buurten.link')}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link utrecht-link-list__link" href={guidePath(data.district, '/overzicht.pdf')} safe>
              {t('guide.overview.link')}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link utrecht-link-list__link" href={guidePath(data.district, '/open-data')} safe>
              {t('guide.openData.link')}
            </a>
          </li>
        </ul>
      </>
    ),
  };
}
