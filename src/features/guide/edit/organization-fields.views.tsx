import type { PageContext } from '../../../platform/http/request-context.ts';
import type { FormState } from '../../../platform/layout/forms.tsx';
import { organizationKinds } from '../guide.tables.ts';
import { organizationForm } from './edit.schema.ts';
import { fieldKit } from './field-kit.tsx';

export function organizationFields(ctx: PageContext, form: FormState, labels: Record<string, string>) {
  const { t } = ctx;
  const f = fieldKit(ctx, form, labels, organizationForm);
  return (
    <>
      {f.text('name', { required: true })}
      {f.text('alternateName')}
      {f.select(
        'kind',
        organizationKinds.map((k) => ({ value: k, label: t(`guide.term.organisatie.${k}`) })),
      )}
      {f.area('description', { description: t('guide.field.description.hint') })}
      {f.text('phone', { type: 'tel', autocomplete: 'tel' })}
      {f.text('email', { type: 'email' })}
      {f.text('website', { type: 'url' })}
    </>
  );
}
