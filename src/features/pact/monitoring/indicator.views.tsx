import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { FIGURE_MAX, valueForm } from './monitoring.schema.ts';
import { CsrfField, ErrorSummary, Notice, SubmitButton, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import type { PactAccess } from '../shared/access.rules.ts';
import type { IndicatorWithTrend } from './monitoring.actions.ts';
import { IndicatorBlock } from './indicator-block.views.tsx';
import { Heading, Link, Para } from '../shared/pact.components.tsx';

/** The results page of the district. */
export const resultsOf = (ctx: PageContext) => `/${ctx.district?.slug ?? ''}/resultaten`;

/** A link back to the results page. */
export function Back({ ctx }: { ctx: PageContext }) {
  return (
    <p class="utrecht-paragraph">
      <Link href={resultsOf(ctx)} text={ctx.t('pact.results.back')} />
    </p>
  );
}

export function indicatorPage(
  ctx: PageContext,
  data: { item: IndicatorWithTrend; access: PactAccess; notice?: string },
  forms: { value: FormState; target: FormState },
): Page {
  const { t } = ctx;
  const { indicator } = data.item;
  const base = `${resultsOf(ctx)}/indicatoren/${indicator.id}`;
  return {
    title: indicator.name,
    hasErrors: Object.keys(forms.value.errors).length + Object.keys(forms.target.errors).length > 0,
    body: (
      <>
        <Back ctx={ctx} />
        <Heading
          title={indicator.name}
          intro={t('pact.indicator.about', {
            unit: t(`pact.unit.${indicator.unit}`),
            better: t(`pact.indicator.better.${indicator.better}`),
            source: indicator.source || '—',
          })}
        />
        {data.notice ? <Notice text={data.notice} /> : ''}
        <IndicatorBlock ctx={ctx} item={data.item} />
        <section aria-labelledby="meting">
          <h2 class="utrecht-heading-2" id="meting" safe>
            {t('pact.indicator.addValue')}
          </h2>
          <Para text={t('pact.indicator.addValue.intro')} />
          <ErrorSummary
            t={t}
            form={forms.value}
            labels={{ year: t('pact.indicator.year'), value: t('pact.indicator.value'), source: t('pact.indicator.source') }}
          />
          <form class="wp-form" method="post" action={`${base}/metingen`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <TextField t={t} form={forms.value} name="year" type="number" inputmode="numeric" label={t('pact.indicator.year')} />
            <TextField
              t={t}
              form={forms.value}
              name="value"
              inputmode="decimal"
              label={t('pact.indicator.value')}
              description={t('pact.indicator.value.description')}
              maxlength={FIGURE_MAX}
            />
            <TextField
              t={t}
              form={forms.value}
              name="source"
              label={t('pact.indicator.source')}
              required={false}
              maxlength={maxLengthOf(valueForm, 'source')}
            />
            <SubmitButton label={t('pact.indicator.addValue')} />
          </form>
        </section>
        {data.access.steer ? (
          <section aria-labelledby="doel">
            <h2 class="utrecht-heading-2" id="doel" safe>
              {t('pact.indicator.setTarget')}
            </h2>
            <ErrorSummary
              t={t}
              form={forms.target}
              labels={{ targetValue: t('pact.indicator.targetValue'), targetYear: t('pact.indicator.targetYear') }}
            />
            <form class="wp-form" method="post" action={`${base}/doel`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <TextField
                t={t}
                form={forms.target}
                name="targetValue"
                inputmode="decimal"
                label={t('pact.indicator.targetValue')}
                maxlength={FIGURE_MAX}
              />
              <TextField
                t={t}
                form={forms.target}
                name="targetYear"
                type="number"
                inputmode="numeric"
                label={t('pact.indicator.targetYear')}
                description={t('pact.indicator.targetYear.description')}
              />
              <SubmitButton label={t('pact.indicator.setTarget')} />
            </form>
          </section>
        ) : (
          ''
        )}
      </>
    ),
  };
}
