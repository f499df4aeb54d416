import type { PageContext } from '../../../platform/http/request-context.ts';
import { ChoiceGroup, CheckboxField, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { framed, type ActionFrame } from '../ui/action-frame.tsx';
import { dataItems } from './consent.rules.ts';

/** The form for consent: for whom, which data, for what, how it was given and until when. */
export function consentPage(
  ctx: PageContext,
  frame: ActionFrame,
  form: FormState,
  organizations: readonly { id: string; name: string }[],
): Page {
  const { t } = ctx;
  const labels = Object.fromEntries(
    ['organizations', 'neighbourHelp', 'items', 'purpose', 'how', 'validUntil'].map((f) => [f, t(`questions.consent.field.${f}`)]),
  );
  const fields = (
    <>
      <ChoiceGroup
        t={t}
        form={form}
        name="organizations"
        type="checkbox"
        legend={labels.organizations ?? ''}
        description={t('questions.consent.field.organizations.description')}
        options={organizations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <CheckboxField
        t={t}
        form={form}
        name="neighbourHelp"
        label={labels.neighbourHelp ?? ''}
        description={t('questions.consent.field.neighbourHelp.description')}
      />
      <ChoiceGroup
        t={t}
        form={form}
        name="items"
        type="checkbox"
        legend={labels.items ?? ''}
        options={dataItems.map((i) => ({ value: i, label: t(`questions.item.${i}`) }))}
      />
      <TextField
        t={t}
        form={form}
        name="purpose"
        label={labels.purpose ?? ''}
        description={t('questions.consent.field.purpose.description')}
      />
      <ChoiceGroup
        t={t}
        form={form}
        name="how"
        type="radio"
        legend={labels.how ?? ''}
        options={[
          { value: 'verbal', label: t('questions.consent.field.how.verbal'), hint: t('questions.consent.field.how.verbal.hint') },
          { value: 'online', label: t('questions.consent.field.how.online'), hint: t('questions.consent.field.how.online.hint') },
        ]}
      />
      <TextField
        t={t}
        form={form}
        name="validUntil"
        type="date"
        label={labels.validUntil ?? ''}
        description={t('questions.consent.field.validUntil.description')}
      />
    </>
  );
  return framed(ctx, frame, form, labels, fields, t('questions.consent.submit'));
}
