import type { Buurt, District } from '../../../platform/geography/geography.repository.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import {
  ChoiceGroup,
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { coreFieldLabels, CoreQuestionsFieldset } from '../../common-language/index.ts';
import { channels, contactMethods, urgencies } from '../question/question.rules.ts';
import { H1, P } from '../ui/blocks.tsx';
import { askForm } from './ask.schema.ts';

export interface AskPageData {
  district: District;
  buurten: readonly Buurt[];
  walkIns: readonly { id: string; name: string }[];
  /** Signed in as someone who writes questions down for residents (walk-in, phone). */
  forResident: boolean;
  retentionMonths: number;
}

const fields = ['channel', 'text', 'name', 'contactBy', 'phone', 'email', 'street', 'walkIn', 'buurt', 'urgency'] as const;

/** The ways to reach the resident; which one is needed follows from the choice above them. */
const contactWays = [
  ['phone', 'tel', 'tel'],
  ['email', 'email', 'email'],
  ['street', 'text', 'address-line1'],
] as const;

function ContactFields({ ctx, form, data }: { ctx: PageContext; form: FormState; data: AskPageData }) {
  const { t } = ctx;
  return (
    <>
      <ChoiceGroup
        t={t}
        form={form}
        name="contactBy"
        type="radio"
        legend={t('questions.field.contactBy')}
        options={contactMethods.map((m) => ({ value: m, label: t(`questions.contactBy.${m}`) }))}
      />
      {contactWays.map(([name, type, autocomplete]) => (
        <TextField
          t={t}
          form={form}
          name={name}
          type={type}
          autocomplete={autocomplete}
          required={false}
          label={t(`questions.field.${name}`)}
          description={t(`questions.field.${name}.description`)}
        />
      ))}
      <SelectField
        t={t}
        form={form}
        name="walkIn"
        required={false}
        label={t('questions.field.walkIn')}
        description={t('questions.field.walkIn.description')}
        placeholder={t('questions.field.walkIn.none')}
        options={data.walkIns.map((w) => ({ value: w.id, label: w.name }))}
      />
    </>
  );
}

const questionMax = maxLengthOf(askForm, 'text');

export function askPage(ctx: PageContext, form: FormState, data: AskPageData): Page {
  const { t } = ctx;
  const labels = { ...Object.fromEntries(fields.map((f) => [f, t(`questions.field.${f}`)])), ...coreFieldLabels(t) };
  return {
    title: t('questions.ask.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <H1 text={t('questions.ask.title')} />
        <P lead text={t('questions.ask.intro', { district: data.district.name })} />
        <Notice kind="info" text={t('questions.ask.emergency')} />
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={`/${data.district.slug}/vraag-stellen`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          {data.forResident ? (
            <ChoiceGroup
              t={t}
              form={form}
              name="channel"
              type="radio"
              legend={t('questions.field.channel')}
              description={t('questions.field.channel.description')}
              options={channels.map((c) => ({ value: c, label: t(`questions.channel.choice.${c}`) }))}
            />
          ) : (
            ''
          )}
          <TextAreaField
            t={t}
            form={form}
            name="text"
            rows={6}
            maxlength={questionMax}
            label={t('questions.field.text')}
            description={t('questions.field.text.description', { max: questionMax ?? '' })}
          />
          <TextField
            t={t}
            form={form}
            name="name"
            autocomplete="given-name"
            label={t('questions.field.name')}
            description={t('questions.field.name.description')}
          />
          <ContactFields ctx={ctx} form={form} data={data} />
          <SelectField
            t={t}
            form={form}
            name="buurt"
            required={false}
            label={t('questions.field.buurt')}
            placeholder={t('questions.field.buurt.unknown')}
            options={data.buurten.map((b) => ({ value: b.slug, label: b.name }))}
          />
          <ChoiceGroup
            t={t}
            form={form}
            name="urgency"
            type="radio"
            legend={t('questions.field.urgency')}
            options={urgencies.map((u) => ({ value: u, label: t(`questions.urgency.choice.${u}`) }))}
          />
          {data.forResident ? <CoreQuestionsFieldset ctx={ctx} form={form} /> : ''}
          <P text={t('questions.ask.privacy', { months: data.retentionMonths })} />
          <SubmitButton label={t('questions.ask.submit')} />
        </form>
      </>
    ),
  };
}
