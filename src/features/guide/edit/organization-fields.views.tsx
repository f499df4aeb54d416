import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { SelectField, TextAreaField, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import { organizationKinds } from '../guide.tables.ts';
import { organizationForm } from './edit.schema.ts';
import { labelOf } from './labels.ts';

export function organizationFields(ctx: PageContext, form: FormState, labels: Record<string, string>) {
  const { t } = ctx;
  const l = labelOf(labels);
  return (
    <>
      <TextField t={t} form={form} name="name" label={l('name')} maxlength={maxLengthOf(organizationForm, 'name')} />
      <TextField
        t={t}
        form={form}
        name="alternateName"
        required={false}
        label={l('alternateName')}
        maxlength={maxLengthOf(organizationForm, 'alternateName')}
      />
      <SelectField
        t={t}
        form={form}
        name="kind"
        label={l('kind')}
        options={organizationKinds.map((k) => ({ value: k, label: t(`guide.term.organisatie.${k}`) }))}
      />
      <TextAreaField
        t={t}
        form={form}
        name="description"
        required={false}
        label={l('description')}
        description={t('guide.field.description.hint')}
        maxlength={maxLengthOf(organizationForm, 'description')}
      />
      <TextField t={t} form={form} name="phone" type="tel" required={false} label={l('phone')} autocomplete="tel" />
      <TextField t={t} form={form} name="email" type="email" required={false} label={l('email')} />
      <TextField t={t} form={form} name="website" type="url" required={false} label={l('website')} />
    </>
  );
}
