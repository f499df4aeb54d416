import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { SelectField, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Contact, Location } from '../model/guide.model.ts';
import { PartEditor } from './part-editor.views.tsx';
import { contactForm } from './parts.schema.ts';

export function ContactEditor(props: {
  ctx: PageContext;
  action: string;
  contacts: readonly Contact[];
  form: FormState;
  locations: readonly Location[];
}) {
  const { ctx, form } = props;
  const { t } = ctx;
  const labels = {
    contactName: t('guide.field.contactName'),
    contactTitle: t('guide.field.contactTitle'),
    contactFor: t('guide.field.contactFor'),
    contactPhone: t('guide.phone'),
    contactEmail: t('guide.email'),
  };
  const parts = props.contacts.map((c) => ({
    id: c.id,
    text: `${c.name}: ${c.contactFor}${c.phone ? `, ${c.phone}` : ''}`,
    removeLabel: t('guide.contacts.removeOne', { name: c.name }),
  }));
  return (
    <PartEditor
      ctx={ctx}
      anchor="contactpersonen"
      title={t('guide.contacts.title')}
      addTitle={t('guide.contacts.add')}
      submit={t('guide.contacts.submit')}
      action={props.action}
      parts={parts}
      form={form}
      labels={labels}
    >
      <>
        <TextField t={t} form={form} name="contactName" label={labels.contactName} maxlength={maxLengthOf(contactForm, 'contactName')} />
        <TextField
          t={t}
          form={form}
          name="contactTitle"
          required={false}
          label={labels.contactTitle}
          maxlength={maxLengthOf(contactForm, 'contactTitle')}
        />
        <TextField
          t={t}
          form={form}
          name="contactFor"
          label={labels.contactFor}
          description={t('guide.field.contactFor.hint')}
          maxlength={maxLengthOf(contactForm, 'contactFor')}
        />
        <TextField t={t} form={form} name="contactPhone" type="tel" required={false} label={labels.contactPhone} />
        <TextField t={t} form={form} name="contactEmail" type="email" required={false} label={labels.contactEmail} />
        <SelectField
          t={t}
          form={form}
          name="contactLocation"
          required={false}
          label={t('guide.field.contactLocation')}
          placeholder={t('guide.field.noLocation')}
          options={props.locations.map((l) => ({ value: l.id, label: l.name }))}
        />
      </>
    </PartEditor>
  );
}
