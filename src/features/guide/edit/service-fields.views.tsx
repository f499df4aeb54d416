import type { PageContext } from '../../../platform/http/request-context.ts';
import type { FormState } from '../../../platform/layout/forms.tsx';
import { CheckboxGroup } from '../common/checkbox-group.tsx';
import { costKinds } from '../model/cost.rules.ts';
import { termLabelKey, type Term } from '../model/taxonomy.ts';
import type { ServiceChoices } from './choices.ts';
import { serviceForm } from './edit.schema.ts';
import { fieldKit } from './field-kit.tsx';

export function serviceFields(ctx: PageContext, form: FormState, labels: Record<string, string>, c: ServiceChoices) {
  const { t } = ctx;
  const f = fieldKit(ctx, form, labels, serviceForm);
  return (
    <>
      {f.select(
        'organizationId',
        c.organizations.map((o) => ({ value: o.id, label: o.name })),
      )}
      {f.text('name', { required: true })}
      {f.text('alternateName')}
      {f.area('description', { description: t('guide.field.description.hint') })}
      {f.checkbox('active')}
      {f.checkbox('isInformal')}
      {f.select(
        'costKind',
        costKinds.map((k) => ({ value: k, label: t(`guide.field.costKind.${k}`) })),
      )}
      {f.text('costAmount', { description: t('guide.field.costAmount.hint'), inputmode: 'decimal' })}
      {f.text('costDescription')}
      {f.area('eligibilityDescription', { rows: 2 })}
      {f.area('applicationProcess', { rows: 2 })}
      {f.text('phone', { type: 'tel' })}
      {f.text('url', { type: 'url' })}
      {f.text('email', { type: 'email' })}
      <ServiceChoiceFields ctx={ctx} form={form} l={f.label} c={c} />
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
