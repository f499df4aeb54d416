import type { District } from '../../../platform/geography/geography.repository.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { Breadcrumbs } from '../../../platform/layout/breadcrumbs.tsx';
import { CsrfField, ErrorSummary, Notice, SubmitButton, TextAreaField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { importForm } from './postcodes.schema.ts';
import { findPath } from './postcodes.views.tsx';

export const importPath = (district: Pick<District, 'slug'>, rest = '') => `/${district.slug}/beheer/postcodes${rest}`;

export interface ImportPageData {
  district: District;
  source: { demo: boolean; lines: number; importedAt: string } | null;
  codes: number;
  notice?: string | undefined;
}

/** Where the district's table came from, in words. */
function sourceText(ctx: PageContext, d: ImportPageData): string {
  if (d.source === null) return ctx.t('portal.postcodes.none');
  const when = formatDate(d.source.importedAt, ctx.lang);
  return ctx.t(d.source.demo ? 'portal.postcodes.sourceDemo' : 'portal.postcodes.source', { lines: d.source.lines, codes: d.codes, when });
}

/** Administrators paste the CBS buurt codes and the postcode table; all of it is checked before anything is stored. */
export function importPage(ctx: PageContext, form: FormState, d: ImportPageData): Page {
  const { t } = ctx;
  const title = t('portal.postcodes.title', { district: d.district.name });
  const labels = { codes: t('portal.postcodes.codes'), postcodes: t('portal.postcodes.postcodes') };
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Breadcrumbs t={t} district={d.district} steps={[{ href: findPath(d.district), label: t('portal.find.title') }]} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        <ErrorSummary t={t} form={form} labels={labels} />
        {d.notice === undefined ? '' : <Notice text={d.notice} />}
        <p class="utrecht-paragraph" safe>
          {sourceText(ctx, d)}
        </p>
        <p class="utrecht-paragraph" safe>
          {t('portal.postcodes.intro')}
        </p>
        <form class="wp-form" method="post" action={importPath(d.district)}>
          <CsrfField token={ctx.csrfToken} />
          <TextAreaField
            t={t}
            form={form}
            name="codes"
            required={false}
            rows={6}
            label={labels.codes}
            description={t('portal.postcodes.codes.description')}
            maxlength={maxLengthOf(importForm, 'codes')}
          />
          <TextAreaField
            t={t}
            form={form}
            name="postcodes"
            rows={12}
            label={labels.postcodes}
            description={t('portal.postcodes.postcodes.description')}
            maxlength={maxLengthOf(importForm, 'postcodes')}
          />
          <SubmitButton label={t('portal.postcodes.submit')} />
        </form>
      </>
    ),
  };
}
