import type { Buurt } from '../../platform/geography/geography.repository.ts';
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
import { CheckboxGroup, duration, money } from './components.tsx';
import { feeRateFor, frequencies, talentKinds, talents, type HouseRules } from './help.rules.ts';
import type { MeetingPlace } from './places.repository.ts';
import { dayParts, days } from './time.rules.ts';

export interface RequestFormData {
  rules: HouseRules;
  buurten: Buurt[];
  meetingPlaces: MeetingPlace[];
}

export function talentOptions(ctx: PageContext, rules: HouseRules) {
  return talents.map((talent) => {
    const kind = talentKinds[talent];
    const price =
      kind === 'odd_job' ? ctx.t('help.price.perHour', { fee: money(feeRateFor(rules, kind), ctx.lang) }) : ctx.t('help.price.free');
    return { value: talent, label: `${ctx.t(`help.talent.${talent}`)} (${price})` };
  });
}

/** Half-hour steps up to the longest a service may take, then "longer". */
export function durationOptions(ctx: PageContext, rules: HouseRules) {
  const steps: { value: string; label: string }[] = [];
  for (let m = 30; m <= rules.maxServiceMinutes; m += 30) steps.push({ value: String(m), label: duration(ctx.t, m) });
  return [...steps, { value: 'meer', label: ctx.t('help.field.duration.longer', { duration: duration(ctx.t, rules.maxServiceMinutes) }) }];
}

export function WhenFields({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { t } = ctx;
  return (
    <>
      <CheckboxGroup
        t={t}
        form={form}
        name="days"
        legend={t('help.field.days')}
        description={t('help.field.days.description')}
        compact
        options={days.map((d) => ({ value: d, label: t(`help.day.${d}`) }))}
      />
      <CheckboxGroup
        t={t}
        form={form}
        name="parts"
        legend={t('help.field.parts')}
        compact
        options={dayParts.map((p) => ({ value: p, label: t(`help.part.${p}`) }))}
      />
    </>
  );
}

function labelsOf(ctx: PageContext): Record<string, string> {
  const names = [
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
  return Object.fromEntries(names.map((n) => [n, ctx.t(`help.field.${n}`)]));
}

function AboutYou({ ctx, form, data, onBehalf }: { ctx: PageContext; form: FormState; data: RequestFormData; onBehalf: boolean }) {
  const { t } = ctx;
  const labels = labelsOf(ctx);
  return (
    <>
      <TextField
        t={t}
        form={form}
        name="name"
        label={onBehalf ? t('help.field.requesterName') : (labels.name ?? '')}
        autocomplete={onBehalf ? 'off' : 'name'}
        maxlength={100}
      />
      <TextField
        t={t}
        form={form}
        name="phone"
        type="tel"
        label={labels.phone ?? ''}
        autocomplete={onBehalf ? 'off' : 'tel'}
        required={false}
        description={t(onBehalf ? 'help.field.reach.descriptionDesk' : 'help.field.reach.description')}
        maxlength={30}
      />
      <TextField
        t={t}
        form={form}
        name="email"
        type="email"
        label={labels.email ?? ''}
        autocomplete={onBehalf ? 'off' : 'email'}
        required={false}
        maxlength={254}
      />
      <SelectField
        t={t}
        form={form}
        name="buurt"
        label={labels.buurt ?? ''}
        placeholder={t('help.field.buurt.choose')}
        options={data.buurten.map((b) => ({ value: b.slug, label: b.name }))}
      />
      <TextField
        t={t}
        form={form}
        name="street"
        label={labels.street ?? ''}
        autocomplete={onBehalf ? 'off' : 'street-address'}
        required={false}
        description={t('help.field.street.description')}
        maxlength={120}
      />
    </>
  );
}

function WhatYouNeed({ ctx, form, data }: { ctx: PageContext; form: FormState; data: RequestFormData }) {
  const { t } = ctx;
  const labels = labelsOf(ctx);
  return (
    <>
      <SelectField
        t={t}
        form={form}
        name="talent"
        label={labels.talent ?? ''}
        placeholder={t('help.field.talent.choose')}
        options={talentOptions(ctx, data.rules)}
      />
      <TextAreaField
        t={t}
        form={form}
        name="what"
        label={labels.what ?? ''}
        description={t('help.field.what.description')}
        rows={4}
        maxlength={2000}
      />
      <SelectField
        t={t}
        form={form}
        name="duration"
        label={labels.duration ?? ''}
        required={false}
        placeholder={t('help.field.duration.unknown')}
        options={durationOptions(ctx, data.rules)}
      />
      <SelectField
        t={t}
        form={form}
        name="frequency"
        label={labels.frequency ?? ''}
        options={frequencies.map((f) => ({ value: f, label: t(`help.frequency.${f}`) }))}
      />
      <WhenFields ctx={ctx} form={form} />
      <TextField
        t={t}
        form={form}
        name="wishedTime"
        label={labels.wishedTime ?? ''}
        required={false}
        description={t('help.field.wishedTime.description')}
        maxlength={200}
      />
      <SelectField
        t={t}
        form={form}
        name="meetingPlace"
        label={labels.meetingPlace ?? ''}
        required={false}
        description={t('help.field.meetingPlace.description')}
        placeholder={t('help.field.meetingPlace.none')}
        options={data.meetingPlaces.map((p) => ({ value: p.id, label: p.name }))}
      />
    </>
  );
}

/** The request form: online by a resident, or by a coordinator on a resident's behalf. */
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
  const labels = labelsOf(ctx);
  return (
    <>
      <ErrorSummary t={t} form={form} labels={labels} />
      <form class="wp-form" method="post" action={action} novalidate>
        <CsrfField token={ctx.csrfToken} />
        {onBehalf ? (
          <SelectField
            t={t}
            form={form}
            name="source"
            label={labels.source ?? ''}
            options={['phone', 'walk_in'].map((s) => ({ value: s, label: t(`help.source.${s}`) }))}
          />
        ) : (
          ''
        )}
        <AboutYou ctx={ctx} form={form} data={data} onBehalf={onBehalf} />
        <WhatYouNeed ctx={ctx} form={form} data={data} />
        <CheckboxField
          t={t}
          form={form}
          name="consent"
          value="ja"
          label={t(onBehalf ? 'help.field.consentDesk' : 'help.field.consent', { cooperative: data.rules.cooperativeName })}
        />
        <SubmitButton label={t(onBehalf ? 'help.desk.new.submit' : 'help.ask.submit')} />
      </form>
    </>
  );
}
