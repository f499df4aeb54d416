import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { FormState } from '../../../platform/layout/forms.tsx';
import { locationForm } from './edit.schema.ts';
import { fieldKit } from './field-kit.tsx';

export function locationFields(
  ctx: PageContext,
  form: FormState,
  labels: Record<string, string>,
  choices: { buurten: readonly Buurt[]; organizations: readonly { id: string; name: string }[] },
) {
  const { t } = ctx;
  const f = fieldKit(ctx, form, labels, locationForm);
  return (
    <>
      {f.text('name', { required: true })}
      {f.select(
        'organizationId',
        choices.organizations.map((o) => ({ value: o.id, label: o.name })),
        t('guide.field.noOrganization'),
      )}
      {f.area('description')}
      {f.text('streetAddress', { autocomplete: 'address-line1' })}
      {f.text('phone', { type: 'tel' })}
      {f.text('postalCode', { autocomplete: 'postal-code' })}
      {f.select(
        'buurt',
        choices.buurten.map((b) => ({ value: b.slug, label: b.name })),
        t('guide.field.noBuurt'),
      )}
      {f.checkbox('isMeetingPlace')}
      {f.area('transportation', { rows: 2 })}
      {f.area('accessibilityDescription', { rows: 3 })}
    </>
  );
}
