import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { SelectField, TextAreaField, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Heading } from '../shared/pact.components.tsx';
import { PactForm } from '../shared/pact.forms.tsx';
import { Back, resultsOf } from './indicator.views.tsx';
import { indicatorUnits } from './monitoring.rules.ts';
import { indicatorForm } from './monitoring.schema.ts';

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
          <TextField t={t} form={form} name="name" label={labels.name} maxlength={maxLengthOf(indicatorForm, 'name')} />
          <TextAreaField
            t={t}
            form={form}
            name="definition"
            label={labels.definition}
            required={false}
            rows={3}
            maxlength={maxLengthOf(indicatorForm, 'definition')}
          />
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
          <TextField
            t={t}
            form={form}
            name="source"
            label={labels.source}
            required={false}
            maxlength={maxLengthOf(indicatorForm, 'source')}
          />
        </PactForm>
      </>
    ),
  };
}
