import type { PageContext } from '../../../platform/http/request-context.ts';
import { ChoiceGroup, SelectField, TextAreaField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { framed, type ActionFrame } from '../ui/action-frame.tsx';
import type { PartnerContact } from './partner-contacts.ts';

/** The referral form: a named person, an anonymous summary, and whether it is formal care (fixed when scaling up). */
export function referPage(
  ctx: PageContext,
  frame: ActionFrame,
  form: FormState,
  contacts: readonly PartnerContact[],
  options: { formalCareFixed: boolean },
): Page {
  const { t } = ctx;
  const labels = {
    contact: t('questions.refer.contact'),
    summary: t('questions.refer.summary'),
    formalCare: t('questions.refer.formalCare'),
  };
  const fields = (
    <>
      <SelectField
        t={t}
        form={form}
        name="contact"
        label={labels.contact}
        description={t('questions.refer.contact.description')}
        placeholder={t('questions.refer.contact.choose')}
        options={contacts.map((c) => ({
          value: c.id,
          label: [`${c.name}, ${c.organizationName}`, c.title, c.contactFor].filter((p) => p !== null && p !== '').join(' · '),
        }))}
      />
      <TextAreaField
        t={t}
        form={form}
        name="summary"
        rows={5}
        label={labels.summary}
        description={t('questions.refer.summary.description')}
      />
      {options.formalCareFixed ? (
        <input type="hidden" name="formalCare" value="yes" />
      ) : (
        <ChoiceGroup
          t={t}
          form={form}
          name="formalCare"
          type="radio"
          legend={labels.formalCare}
          options={[
            { value: 'no', label: t('questions.refer.formalCare.no'), hint: t('questions.refer.formalCare.no.hint') },
            { value: 'yes', label: t('questions.refer.formalCare.yes'), hint: t('questions.refer.formalCare.yes.hint') },
          ]}
        />
      )}
    </>
  );
  return framed(ctx, frame, form, labels, fields, t('questions.refer.submit'));
}
