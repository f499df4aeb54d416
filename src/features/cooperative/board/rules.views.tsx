import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, Notice, SubmitButton, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { DataTable } from '../../../platform/layout/table.tsx';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { HouseRulesFields, rulesFieldLabels, type AdoptedVersion } from '../../help/index.ts';
import { coopBase, Crumbs, day, Heading } from '../shared/components.tsx';
import { DecisionFields, decisionLabels } from './decisions.views.tsx';

/** The board adopts the house rules of neighbour help; every version stays, with its decision. */
export function rulesPage(ctx: PageContext, versions: readonly AdoptedVersion[], form: FormState, notice?: string): Page {
  const { t } = ctx;
  return {
    title: t('cooperative.rules.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: `${coopBase(ctx)}/besluiten`, label: t('cooperative.decisions.title') }]} />
        <Heading title={t('cooperative.rules.title')} intro={t('help.rulesForm.intro')} />
        {notice === undefined ? '' : <Notice text={notice} />}
        <h2 class="utrecht-heading-2" safe>
          {t('cooperative.rules.versions')}
        </h2>
        {versions.length === 0 ? (
          <Paragraph text={t('cooperative.rules.noVersions')} />
        ) : (
          <DataTable
            caption={t('cooperative.rules.versions')}
            hideCaption
            headers={[t('cooperative.rules.inForceFrom'), t('cooperative.decisions.text'), t('cooperative.rules.fee')]}
            rows={[...versions].reverse().map((v) => [
              day(ctx, v.inForceFrom),
              v.decisionId === null ? t('cooperative.rules.before') : v.decisionText,
              (v.rules.oddJobFeeCents / 100).toLocaleString(ctx.lang === 'nl' ? 'nl-NL' : 'en-GB', {
                style: 'currency',
                currency: 'EUR',
              }),
            ])}
          />
        )}
        <h2 class="utrecht-heading-2" safe>
          {t('cooperative.rules.adopt')}
        </h2>
        <ErrorSummary t={t} form={form} labels={{ ...rulesFieldLabels(t), ...decisionLabels(t) }} />
        <form class="wp-form" method="post" action={`${coopBase(ctx)}/besluiten/spelregels`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <HouseRulesFields t={t} form={form} />
          <DecisionFields t={t} form={form} />
          <SubmitButton label={t('cooperative.rules.adopt')} />
        </form>
      </>
    ),
  };
}
