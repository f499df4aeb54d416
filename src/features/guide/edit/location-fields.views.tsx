import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import { CheckboxField, SelectField, TextAreaField, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import { locationForm } from './edit.schema.ts';
import { labelOf } from './labels.ts';

export function locationFields(
  ctx: PageContext,
  form: FormState,
  labels: Record<string, string>,
  choices: { buurten: readonly Buurt[]; organizations: readonly { id: string; name: string }[] },
) {
  const { t } = ctx;
  const l = labelOf(labels);
  return (
    <>
      <TextField t={t} form={form} name="name" label={l('name')} maxlength={maxLengthOf(locationForm, 'name')} />
      <SelectField
        t={t}
        form={form}
        name="organizationId"
        required={false}
        label={l('organizationId')}
        placeholder={t('guide.field.noOrganization')}
        options={choices.organizations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <TextAreaField
        t={t}
        form={form}
        name="description"
        required={false}
        label={l('description')}
        maxlength={maxLengthOf(locationForm, 'description')}
      />
      <TextField t={t} form={form} name="streetAddress" required={false} label={l('streetAddress')} autocomplete="street-address" />
      <TextField t={t} form={form} name="phone" type="tel" required={false} label={l('phone')} />
      <TextField t={t} form={form} name="postalCode" required={false} label={l('postalCode')} autocomplete="postal-code" />
      <SelectField
        t={t}
        form={form}
        name="buurt"
        required={false}
        label={l('buurt')}
        placeholder={t('guide.field.noBuurt')}
        options={choices.buurten.map((b) => ({ value: b.slug, label: b.name }))}
      />
      <CheckboxField t={t} form={form} name="isMeetingPlace" value="ja" label={l('isMeetingPlace')} />
      <TextAreaField
        t={t}
        form={form}
        name="transportation"
        required={false}
        label={l('transportation')}
        rows={2}
        maxlength={maxLengthOf(locationForm, 'transportation')}
      />
      <TextAreaField
        t={t}
        form={form}
        name="accessibilityDescription"
        required={false}
        label={l('accessibilityDescription')}
        rows={3}
        maxlength={maxLengthOf(locationForm, 'accessibilityDescription')}
      />
    </>
  );
}
