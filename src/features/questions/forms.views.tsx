import type { PageContext } from '../../platform/http/request-context.ts';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../platform/layout/forms.tsx';
import type { Page } from '../../platform/layout/render.ts';
import { H1, Link, P } from './blocks.tsx';
import { dataItems } from './consent.rules.ts';
import { ChoiceGroup } from './fields.tsx';
import type { GuideEntry } from './guide-entries.repository.ts';
import { QUESTION_MAX } from './questions.schema.ts';
import type { PartnerContact } from './referrals.repository.ts';

/** What every action page has: a title, the question or referral it is about, a way back. */
export interface ActionFrame {
  title: string;
  intro: string;
  action: string;
  back: string;
  context: JSX.Element;
}

export function framed(
  ctx: PageContext,
  frame: ActionFrame,
  form: FormState,
  labels: Record<string, string>,
  fields: JSX.Element,
  submit: string,
): Page {
  const { t } = ctx;
  const context: JSX.Element = frame.context;
  return {
    title: frame.title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <p class="utrecht-paragraph">
          <Link href={frame.back} text={t('questions.form.back')} />
        </p>
        <H1 text={frame.title} />
        {context}
        <P text={frame.intro} />
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={frame.action} novalidate>
          <CsrfField token={ctx.csrfToken} />
          {fields}
          <SubmitButton label={submit} />
        </form>
      </>
    ),
  };
}

/**
 * One text field: an answer, a message, a reason for declining, an outcome. Its words come
 * from `questions.<step>.field`, `.field.description` (when `described`) and `.submit`.
 */
export function textPage(
  ctx: PageContext,
  frame: ActionFrame,
  form: FormState,
  field: { name: string; step: string; described: boolean },
): Page {
  const key = `questions.${field.step}`;
  const label = ctx.t(`${key}.field`);
  const input = (
    <TextAreaField
      t={ctx.t}
      form={form}
      name={field.name}
      rows={6}
      maxlength={QUESTION_MAX}
      label={label}
      description={field.described ? ctx.t(`${key}.field.description`) : undefined}
    />
  );
  return framed(ctx, frame, form, { [field.name]: label }, input, ctx.t(`${key}.submit`));
}

export function pointPage(ctx: PageContext, frame: ActionFrame, form: FormState, entries: readonly GuideEntry[]): Page {
  const { t } = ctx;
  const labels = { entries: t('questions.point.entries'), note: t('questions.point.note') };
  const fields = (
    <>
      <ChoiceGroup
        t={t}
        form={form}
        name="entries"
        type="checkbox"
        legend={labels.entries}
        description={t('questions.point.entries.description')}
        choices={entries.map((e) => ({
          value: e.key,
          label: `${e.name} (${t(`questions.guide.${e.kind}`)})`,
          hint: e.detail === '' ? undefined : e.detail,
        }))}
      />
      <TextAreaField
        t={t}
        form={form}
        name="note"
        rows={4}
        required={false}
        label={labels.note}
        description={t('questions.point.note.description')}
      />
    </>
  );
  return framed(ctx, frame, form, labels, fields, t('questions.point.submit'));
}

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
          choices={[
            { value: 'no', label: t('questions.refer.formalCare.no'), hint: t('questions.refer.formalCare.no.hint') },
            { value: 'yes', label: t('questions.refer.formalCare.yes'), hint: t('questions.refer.formalCare.yes.hint') },
          ]}
        />
      )}
    </>
  );
  return framed(ctx, frame, form, labels, fields, t('questions.refer.submit'));
}

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
        choices={organizations.map((o) => ({ value: o.id, label: o.name }))}
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
        choices={dataItems.map((i) => ({ value: i, label: t(`questions.item.${i}`) }))}
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
        choices={[
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
