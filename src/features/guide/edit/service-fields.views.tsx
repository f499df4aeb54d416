import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { CheckboxField, SelectField, TextAreaField, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import { CheckboxGroup } from '../common/checkbox-group.tsx';
import { termLabelKey, type Term } from '../model/taxonomy.ts';
import type { ServiceChoices } from './choices.ts';
import { serviceForm } from './edit.schema.ts';
import { labelOf } from './labels.ts';

export function serviceFields(ctx: PageContext, form: FormState, labels: Record<string, string>, c: ServiceChoices) {
  const { t } = ctx;
  const l = labelOf(labels);
  return (
    <>
      <SelectField
        t={t}
        form={form}
        name="organizationId"
        label={l('organizationId')}
        options={c.organizations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <TextField t={t} form={form} name="name" label={l('name')} maxlength={maxLengthOf(serviceForm, 'name')} />
      <TextField
        t={t}
        form={form}
        name="alternateName"
        required={false}
        label={l('alternateName')}
        maxlength={maxLengthOf(serviceForm, 'alternateName')}
      />
      <TextAreaField
        t={t}
        form={form}
        name="description"
        required={false}
        label={l('description')}
        description={t('guide.field.description.hint')}
        maxlength={maxLengthOf(serviceForm, 'description')}
      />
      <CheckboxField t={t} form={form} name="active" value="ja" label={l('active')} />
      <CheckboxField t={t} form={form} name="isInformal" value="ja" label={l('isInformal')} />
      <SelectField
        t={t}
        form={form}
        name="costKind"
        label={l('costKind')}
        options={(['free', 'amount', 'ask'] as const).map((k) => ({ value: k, label: t(`guide.field.costKind.${k}`) }))}
      />
      <TextField
        t={t}
        form={form}
        name="costAmount"
        required={false}
        label={l('costAmount')}
        description={t('guide.field.costAmount.hint')}
        inputmode="decimal"
      />
      <TextField
        t={t}
        form={form}
        name="costDescription"
        required={false}
        label={l('costDescription')}
        maxlength={maxLengthOf(serviceForm, 'costDescription')}
      />
      <TextAreaField
        t={t}
        form={form}
        name="eligibilityDescription"
        required={false}
        label={l('eligibilityDescription')}
        rows={2}
        maxlength={maxLengthOf(serviceForm, 'eligibilityDescription')}
      />
      <TextAreaField
        t={t}
        form={form}
        name="applicationProcess"
        required={false}
        label={l('applicationProcess')}
        rows={2}
        maxlength={maxLengthOf(serviceForm, 'applicationProcess')}
      />
      <TextField t={t} form={form} name="phone" type="tel" required={false} label={l('phone')} />
      <TextField t={t} form={form} name="url" type="url" required={false} label={l('url')} />
      <TextField t={t} form={form} name="email" type="email" required={false} label={l('email')} />
      <ServiceChoiceFields ctx={ctx} form={form} l={l} c={c} />
    </>
  );
}

/** What an offer is about, for whom, where and in which languages: groups of checkboxes. */
function ServiceChoiceFields({ ctx, form, l, c }: { ctx: PageContext; form: FormState; l: (name: string) => string; c: ServiceChoices }) {
  const { t } = ctx;
  const termOption = (term: Term) => ({ value: term.id, label: t(termLabelKey(term)) });
  return (
    <>
      <CheckboxGroup ctx={ctx} form={form} name="terms" legend={l('terms')} options={c.themes.map(termOption)} />
      <CheckboxGroup ctx={ctx} form={form} name="audiences" legend={l('audiences')} options={c.audiences.map(termOption)} />
      <CheckboxGroup
        ctx={ctx}
        form={form}
        name="buurten"
        legend={l('buurten')}
        options={c.buurten.map((b) => ({ value: b.slug, label: b.name }))}
      />
      <CheckboxGroup
        ctx={ctx}
        form={form}
        name="locations"
        legend={l('locations')}
        options={c.locations.map((l) => ({ value: l.id, label: l.name }))}
      />
      <CheckboxGroup
        ctx={ctx}
        form={form}
        name="languages"
        legend={l('languages')}
        options={c.languages.map((code) => ({ value: code, label: t(`guide.language.${code}`) }))}
      />
    </>
  );
}
