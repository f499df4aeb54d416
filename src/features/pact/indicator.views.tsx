import type { PageContext } from '../../platform/http/request-context.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../platform/layout/forms.tsx';
import type { Page } from '../../platform/layout/render.ts';
import { PactForm } from './pact.forms.tsx';
import type { PactAccess } from './access.rules.ts';
import { indicatorUnits } from './monitoring.rules.ts';
import type { IndicatorWithTrend } from './monitoring.service.ts';
import { IndicatorBlock } from './monitoring.views.tsx';
import { Heading, Link, Para } from './pact.components.tsx';

const resultsOf = (ctx: PageContext) => `/${ctx.district?.slug ?? ''}/resultaten`;

function Back({ ctx }: { ctx: PageContext }) {
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
              maxlength={30}
            />
            <TextField t={t} form={forms.value} name="source" label={t('pact.indicator.source')} required={false} maxlength={300} />
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
                maxlength={30}
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

export function newIndicatorPage(ctx: PageContext, form: FormState): Page {
  const { t } = ctx;
  const labels = {
    name: t('pact.indicator.name'),
    definition: t('pact.indicator.definition'),
    unit: t('pact.indicator.unit'),
    better: t('pact.indicator.better'),
    source: t('pact.indicator.source'),
  };
  return {
    title: t('pact.indicator.new'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Back ctx={ctx} />
        <Heading title={t('pact.indicator.new')} />
        <PactForm ctx={ctx} form={form} labels={labels} action={`${resultsOf(ctx)}/indicatoren`} submit={t('pact.indicator.create')}>
          <TextField t={t} form={form} name="name" label={labels.name} maxlength={200} />
          <TextAreaField t={t} form={form} name="definition" label={labels.definition} required={false} rows={3} maxlength={2000} />
          <SelectField
            t={t}
            form={form}
            name="unit"
            label={labels.unit}
            options={indicatorUnits.map((u) => ({ value: u, label: t(`pact.unit.${u}`) }))}
          />
          <SelectField
            t={t}
            form={form}
            name="better"
            label={labels.better}
            options={['higher', 'lower'].map((b) => ({ value: b, label: t(`pact.indicator.better.${b}`) }))}
          />
          <TextField t={t} form={form} name="source" label={labels.source} required={false} maxlength={300} />
        </PactForm>
      </>
    ),
  };
}
