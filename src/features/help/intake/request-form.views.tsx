import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import { coreFieldLabels, CoreQuestionsFieldset } from '../../common-language/index.ts';
import type { HouseRules } from '../house-rules/house-rules.rules.ts';
import {
  BuurtField,
  DurationField,
  FrequencyField,
  labelsFor,
  MeetingPlaceField,
  TalentField,
  WhenFields,
} from '../shared/fields.views.tsx';
import type { MeetingPlace } from '../shared/places.repository.ts';
import { requestLimits } from './intake.schema.ts';

export interface RequestFormData {
  rules: HouseRules;
  buurten: Buurt[];
  meetingPlaces: MeetingPlace[];
}

const fieldNames = [
  'name',
  'phone',
  'email',
  'buurt',
  'street',
  'talent',
  'what',
  'duration',
  'frequency',
  'days',
  'parts',
  'wishedTime',
  'meetingPlace',
  'source',
  'consent',
];

function AboutYou({ ctx, form, data, onBehalf }: { ctx: PageContext; form: FormState; data: RequestFormData; onBehalf: boolean }) {
  const { t } = ctx;
  const l = labelsFor(ctx, 'help.field', fieldNames);
  const auto = (what: string) => (onBehalf ? 'off' : what);
  return (
    <>
      <TextField
        t={t}
        form={form}
        name="name"
        label={onBehalf ? t('help.field.requesterName') : (l.name ?? '')}
        autocomplete={auto('name')}
        maxlength={maxLengthOf(requestLimits, 'name')}
      />
      <TextField
        t={t}
        form={form}
        name="phone"
        type="tel"
        label={l.phone ?? ''}
        autocomplete={auto('tel')}
        required={false}
        description={t(onBehalf ? 'help.field.reach.descriptionDesk' : 'help.field.reach.description')}
        maxlength={maxLengthOf(requestLimits, 'phone')}
      />
      <TextField
        t={t}
        form={form}
        name="email"
        type="email"
        label={l.email ?? ''}
        autocomplete={auto('email')}
        required={false}
        maxlength={maxLengthOf(requestLimits, 'email')}
      />
      <BuurtField ctx={ctx} form={form} label={l.buurt ?? ''} buurten={data.buurten} />
      <TextField
        t={t}
        form={form}
        name="street"
        label={l.street ?? ''}
        autocomplete={auto('address-line1')}
        required={false}
        description={t('help.field.street.description')}
        maxlength={maxLengthOf(requestLimits, 'street')}
      />
    </>
  );
}

function WhatYouNeed({ ctx, form, data, onBehalf }: { ctx: PageContext; form: FormState; data: RequestFormData; onBehalf: boolean }) {
  const { t } = ctx;
  const l = labelsFor(ctx, 'help.field', fieldNames);
  return (
    <>
      <TalentField ctx={ctx} form={form} label={l.talent ?? ''} rules={data.rules} />
      <TextAreaField
        t={t}
        form={form}
        name="what"
        label={l.what ?? ''}
        description={t('help.field.what.description')}
        rows={4}
        maxlength={maxLengthOf(requestLimits, 'what')}
      />
      <DurationField ctx={ctx} form={form} label={l.duration ?? ''} rules={data.rules} offerLonger={onBehalf} />
      <FrequencyField ctx={ctx} form={form} label={l.frequency ?? ''} />
      <WhenFields ctx={ctx} form={form} />
      <TextField
        t={t}
        form={form}
        name="wishedTime"
        label={l.wishedTime ?? ''}
        required={false}
        description={t('help.field.wishedTime.description')}
        maxlength={maxLengthOf(requestLimits, 'wishedTime')}
      />
      <MeetingPlaceField
        ctx={ctx}
        form={form}
        label={l.meetingPlace ?? ''}
        places={data.meetingPlaces}
        description={t('help.field.meetingPlace.description')}
      />
    </>
  );
}

/** The request form: online by a resident, or by a coordinator on a resident's behalf (with "Het goede gesprek"). */
export function RequestForm({
  ctx,
  form,
  data,
  action,
  onBehalf,
}: {
  ctx: PageContext;
  form: FormState;
  data: RequestFormData;
  action: string;
  onBehalf: boolean;
}) {
  const { t } = ctx;
  const consent = t(onBehalf ? 'help.field.consentDesk' : 'help.field.consent', { cooperative: data.rules.cooperativeName });
  // The summary names the consent field by the same words as its label, the cooperative filled in.
  const l: Record<string, string> = { ...labelsFor(ctx, 'help.field', fieldNames), ...(onBehalf ? coreFieldLabels(t) : {}), consent };
  const sources = ['phone', 'walk_in'].map((s) => ({ value: s, label: t(`help.source.${s}`) }));
  return (
    <>
      <ErrorSummary t={t} form={form} labels={l} />
      <form class="wp-form" method="post" action={action} novalidate>
        <CsrfField token={ctx.csrfToken} />
        {onBehalf ? <SelectField t={t} form={form} name="source" label={l.source ?? ''} options={sources} /> : ''}
        <AboutYou ctx={ctx} form={form} data={data} onBehalf={onBehalf} />
        <WhatYouNeed ctx={ctx} form={form} data={data} onBehalf={onBehalf} />
        {/* At the desk the conversation with the resident goes along the core questions (seed 000 annex II). */}
        {onBehalf ? <CoreQuestionsFieldset ctx={ctx} form={form} /> : ''}
        <CheckboxField t={t} form={form} name="consent" value="ja" label={consent} />
        <SubmitButton label={t(onBehalf ? 'help.desk.new.submit' : 'help.ask.submit')} />
      </form>
    </>
  );
}
