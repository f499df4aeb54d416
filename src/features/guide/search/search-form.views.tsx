import type { PageContext } from '../../../platform/http/request-context.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import { CheckboxField, SelectField, SubmitButton, TextField } from '../../../platform/layout/forms.tsx';
import { guidePath } from '../common/paths.ts';
import { termLabelKey, type Term } from '../model/taxonomy.ts';
import { searchQuery } from './search.schema.ts';
import type { Buurt, District } from '../../../platform/geography/geography.repository.ts';
import type { FormState } from '../../../platform/layout/forms.tsx';

/** What the search form shows: the district's buurten and terms, and what was asked. */
export interface FilterData {
  district: District;
  buurten: readonly Buurt[];
  themes: Term[];
  audiences: Term[];
  form: FormState;
  searched: boolean;
}

function themeOptions(ctx: PageContext, themes: readonly Term[]) {
  return themes.map((term) => ({
    value: term.code,
    label: term.parentId === null ? ctx.t(termLabelKey(term)) : `– ${ctx.t(termLabelKey(term))}`,
  }));
}

export function Filters({ ctx, data }: { ctx: PageContext; data: FilterData }) {
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
        maxlength={maxLengthOf(searchQuery, 'q')}
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
