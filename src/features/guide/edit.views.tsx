import type { Buurt, District } from '../../platform/geography/geography.repository.ts';
import { formatDateTime } from '../../platform/i18n/i18n.ts';
import type { PageContext } from '../../platform/http/request-context.ts';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../platform/layout/forms.tsx';
import type { Page } from '../../platform/layout/render.ts';
import type { ChangeRow } from './changes.repository.ts';
import { Breadcrumb, describeSchedule, entryPath, guidePath, StaleNotice } from './common.views.tsx';
import type { Contact, EntryType, Location, OwnedSchedule, Term } from './guide.model.ts';
import { organizationKinds } from './guide.tables.ts';
import { scheduleKinds, weekdays } from './schedule.rules.ts';
import { termLabelKey } from './taxonomy.ts';

export function CheckboxGroup({
  ctx,
  form,
  name,
  legend,
  options,
}: {
  ctx: PageContext;
  form: FormState;
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
}) {
  const chosen = new Set((form.values[name] ?? '').split(','));
  const error = form.errors[name];
  return (
    <fieldset
      class="utrecht-form-fieldset wp-checkbox-group"
      id={`field-${name}`}
      aria-describedby={error ? `field-${name}-error` : undefined}
    >
      <legend class="utrecht-form-fieldset__legend" safe>
        {legend}
      </legend>
      {error ? (
        <div class="utrecht-form-field-error-message" id={`field-${name}-error`} safe>
          {ctx.t(error.code, error.params)}
        </div>
      ) : (
        ''
      )}
      {options.map((o, i) => (
        <div class="utrecht-form-field utrecht-form-field--checkbox">
          <div class="utrecht-form-field__input">
            <input
              class="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              id={`field-${name}-${i}`}
              name={name}
              value={o.value}
              checked={chosen.has(o.value)}
            />
          </div>
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for={`field-${name}-${i}`} safe>
              {o.label}
            </label>
          </div>
        </div>
      ))}
    </fieldset>
  );
}

export interface EditFrame {
  district: District;
  type: EntryType;
  id: string | null;
  name: string;
  notice?: string;
  verifiedAt: string | null;
  stale: boolean;
  history: ChangeRow[];
}

function History({ ctx, history }: { ctx: PageContext; history: readonly ChangeRow[] }) {
  if (history.length === 0) return '';
  return (
    <>
      <h2 class="utrecht-heading-2" safe>
        {ctx.t('guide.history.title')}
      </h2>
      <ul class="utrecht-unordered-list">
        {history.map((h) => (
          <li class="utrecht-unordered-list__item" safe>
            {ctx.t('guide.history.line', {
              when: formatDateTime(h.at, ctx.lang),
              who: h.byName ?? ctx.t('guide.history.system'),
              what: ctx.t(`guide.history.${h.action}`),
              fields: Object.keys(h.details).join(', '),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}

function VerifyForm({ ctx, frame }: { ctx: PageContext; frame: EditFrame }) {
  if (frame.id === null) return '';
  return (
    <form method="post" action={`${entryPath(frame.district, frame.type, frame.id)}/nagekeken`} class="wp-verify">
      <CsrfField token={ctx.csrfToken} />
      <StaleNotice ctx={ctx} stale={frame.stale} verifiedAt={frame.verifiedAt} />
      <SubmitButton label={ctx.t('guide.verify.submit')} secondary />
    </form>
  );
}

/** The frame of every edit page: title, notice, the form, the parts below it, verification and history. */
export function editPage(
  ctx: PageContext,
  frame: EditFrame,
  form: FormState,
  labels: Record<string, string>,
  fields: JSX.Element,
  below: JSX.Element = '',
): Page {
  const { t } = ctx;
  const title = frame.id === null ? t(`guide.new.${frame.type}`) : t('guide.editTitle', { name: frame.name });
  const action =
    frame.id === null
      ? guidePath(frame.district, `/${frame.type === 'service' ? 'aanbod' : frame.type === 'location' ? 'plekken' : 'organisaties'}/nieuw`)
      : `${entryPath(frame.district, frame.type, frame.id)}/bewerken`;
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Breadcrumb
          ctx={ctx}
          district={frame.district}
          trail={frame.id === null ? [] : [{ href: entryPath(frame.district, frame.type, frame.id), label: frame.name }]}
        />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        {frame.notice ? <Notice text={frame.notice} /> : ''}
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={action} novalidate>
          <CsrfField token={ctx.csrfToken} />
          {fields}
          <SubmitButton label={t('guide.save')} />
        </form>
        {below}
        <VerifyForm ctx={ctx} frame={frame} />
        <History ctx={ctx} history={frame.history} />
      </>
    ),
  };
}

export function organizationFields(ctx: PageContext, form: FormState, labels: Record<string, string>) {
  const { t } = ctx;
  return (
    <>
      <TextField t={t} form={form} name="name" label={labels.name ?? ''} maxlength={150} />
      <TextField t={t} form={form} name="alternateName" required={false} label={labels.alternateName ?? ''} maxlength={150} />
      <SelectField
        t={t}
        form={form}
        name="kind"
        label={labels.kind ?? ''}
        options={organizationKinds.map((k) => ({ value: k, label: t(`guide.term.organisatie.${k}`) }))}
      />
      <TextAreaField
        t={t}
        form={form}
        name="description"
        required={false}
        label={labels.description ?? ''}
        description={t('guide.field.description.hint')}
        maxlength={4000}
      />
      <TextField t={t} form={form} name="email" type="email" required={false} label={labels.email ?? ''} />
      <TextField t={t} form={form} name="website" type="url" required={false} label={labels.website ?? ''} />
    </>
  );
}

export function locationFields(
  ctx: PageContext,
  form: FormState,
  labels: Record<string, string>,
  choices: { buurten: readonly Buurt[]; organizations: readonly { id: string; name: string }[] },
) {
  const { t } = ctx;
  return (
    <>
      <TextField t={t} form={form} name="name" label={labels.name ?? ''} maxlength={150} />
      <SelectField
        t={t}
        form={form}
        name="organizationId"
        required={false}
        label={labels.organizationId ?? ''}
        placeholder={t('guide.field.noOrganization')}
        options={choices.organizations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <TextAreaField t={t} form={form} name="description" required={false} label={labels.description ?? ''} maxlength={4000} />
      <TextField t={t} form={form} name="streetAddress" required={false} label={labels.streetAddress ?? ''} autocomplete="street-address" />
      <TextField t={t} form={form} name="postalCode" required={false} label={labels.postalCode ?? ''} autocomplete="postal-code" />
      <SelectField
        t={t}
        form={form}
        name="buurt"
        required={false}
        label={labels.buurt ?? ''}
        placeholder={t('guide.field.noBuurt')}
        options={choices.buurten.map((b) => ({ value: b.slug, label: b.name }))}
      />
      <CheckboxField t={t} form={form} name="isMeetingPlace" value="ja" label={labels.isMeetingPlace ?? ''} />
      <TextAreaField
        t={t}
        form={form}
        name="transportation"
        required={false}
        label={labels.transportation ?? ''}
        rows={2}
        maxlength={1000}
      />
      <TextAreaField
        t={t}
        form={form}
        name="accessibilityDescription"
        required={false}
        label={labels.accessibilityDescription ?? ''}
        rows={3}
        maxlength={2000}
      />
    </>
  );
}

export interface ServiceChoices {
  buurten: readonly Buurt[];
  organizations: readonly { id: string; name: string }[];
  locations: readonly { id: string; name: string }[];
  themes: readonly Term[];
  audiences: readonly Term[];
  languages: readonly string[];
}

export function serviceFields(ctx: PageContext, form: FormState, labels: Record<string, string>, c: ServiceChoices) {
  const { t } = ctx;
  const termOption = (term: Term) => ({ value: term.id, label: t(termLabelKey(term)) });
  return (
    <>
      <SelectField
        t={t}
        form={form}
        name="organizationId"
        label={labels.organizationId ?? ''}
        options={c.organizations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <TextField t={t} form={form} name="name" label={labels.name ?? ''} maxlength={150} />
      <TextField t={t} form={form} name="alternateName" required={false} label={labels.alternateName ?? ''} maxlength={150} />
      <TextAreaField
        t={t}
        form={form}
        name="description"
        required={false}
        label={labels.description ?? ''}
        description={t('guide.field.description.hint')}
        maxlength={4000}
      />
      <CheckboxField t={t} form={form} name="active" value="ja" label={labels.active ?? ''} />
      <CheckboxField t={t} form={form} name="isInformal" value="ja" label={labels.isInformal ?? ''} />
      <SelectField
        t={t}
        form={form}
        name="costKind"
        label={labels.costKind ?? ''}
        options={(['free', 'amount', 'ask'] as const).map((k) => ({ value: k, label: t(`guide.field.costKind.${k}`) }))}
      />
      <TextField
        t={t}
        form={form}
        name="costAmount"
        required={false}
        label={labels.costAmount ?? ''}
        description={t('guide.field.costAmount.hint')}
        inputmode="decimal"
      />
      <TextField t={t} form={form} name="costDescription" required={false} label={labels.costDescription ?? ''} maxlength={500} />
      <TextAreaField
        t={t}
        form={form}
        name="eligibilityDescription"
        required={false}
        label={labels.eligibilityDescription ?? ''}
        rows={2}
        maxlength={1000}
      />
      <TextAreaField
        t={t}
        form={form}
        name="applicationProcess"
        required={false}
        label={labels.applicationProcess ?? ''}
        rows={2}
        maxlength={1000}
      />
      <TextField t={t} form={form} name="url" type="url" required={false} label={labels.url ?? ''} />
      <TextField t={t} form={form} name="email" type="email" required={false} label={labels.email ?? ''} />
      <CheckboxGroup ctx={ctx} form={form} name="terms" legend={labels.terms ?? ''} options={c.themes.map(termOption)} />
      <CheckboxGroup ctx={ctx} form={form} name="audiences" legend={labels.audiences ?? ''} options={c.audiences.map(termOption)} />
      <CheckboxGroup
        ctx={ctx}
        form={form}
        name="buurten"
        legend={labels.buurten ?? ''}
        options={c.buurten.map((b) => ({ value: b.slug, label: b.name }))}
      />
      <CheckboxGroup
        ctx={ctx}
        form={form}
        name="locations"
        legend={labels.locations ?? ''}
        options={c.locations.map((l) => ({ value: l.id, label: l.name }))}
      />
      <CheckboxGroup
        ctx={ctx}
        form={form}
        name="languages"
        legend={labels.languages ?? ''}
        options={c.languages.map((code) => ({ value: code, label: t(`guide.language.${code}`) }))}
      />
    </>
  );
}

export function ScheduleEditor({
  ctx,
  action,
  schedules,
  form,
}: {
  ctx: PageContext;
  action: string;
  schedules: readonly OwnedSchedule[];
  form: FormState;
}) {
  const { t } = ctx;
  const labels = {
    kind: t('guide.field.scheduleKind'),
    type: t('guide.field.scheduleType'),
    days: t('guide.field.days'),
    opensAt: t('guide.field.opensAt'),
    closesAt: t('guide.field.closesAt'),
    validFrom: t('guide.field.validFrom'),
    validTo: t('guide.field.validTo'),
  };
  return (
    <section aria-labelledby="tijden">
      <h2 class="utrecht-heading-2" id="tijden" safe>
        {t('guide.schedules.title')}
      </h2>
      <ul class="utrecht-unordered-list">
        {schedules.map((s) => (
          <li class="utrecht-unordered-list__item">
            <span safe>{`${t(`guide.kind.${s.kind}`)}: ${describeSchedule(t, s, ctx.lang)}`}</span>{' '}
            <form method="post" action={`${action}/${s.id}/verwijderen`} class="wp-inline-form">
              <CsrfField token={ctx.csrfToken} />
              <button
                type="submit"
                class="utrecht-button utrecht-button--subtle"
                aria-label={t('guide.schedules.removeOne', { what: describeSchedule(t, s, ctx.lang) })}
                safe
              >
                {t('guide.remove')}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <h3 class="utrecht-heading-3" safe>
        {t('guide.schedules.add')}
      </h3>
      <ErrorSummary t={t} form={form} labels={labels} />
      <form class="wp-form" method="post" action={action} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <SelectField
          t={t}
          form={form}
          name="kind"
          label={labels.kind}
          options={scheduleKinds.map((k) => ({ value: k, label: t(`guide.kind.${k}`) }))}
        />
        <SelectField
          t={t}
          form={form}
          name="type"
          label={labels.type}
          options={(['weekly', 'monthly', 'closed', 'changed'] as const).map((k) => ({
            value: k,
            label: t(`guide.field.scheduleType.${k}`),
          }))}
        />
        <CheckboxGroup
          ctx={ctx}
          form={form}
          name="days"
          legend={labels.days}
          options={weekdays.map((d) => ({ value: d, label: t(`guide.day.${d}`) }))}
        />
        <SelectField
          t={t}
          form={form}
          name="week"
          required={false}
          label={t('guide.field.week')}
          placeholder={t('guide.field.week.every')}
          options={(['1', '2', '3', '4', '-1'] as const).map((w) => ({ value: w, label: t(`guide.week.${w}`) }))}
        />
        <TextField t={t} form={form} name="interval" type="number" required={false} label={t('guide.field.interval')} inputmode="numeric" />
        <TextField t={t} form={form} name="opensAt" type="time" required={false} label={labels.opensAt} />
        <TextField t={t} form={form} name="closesAt" type="time" required={false} label={labels.closesAt} />
        <TextField t={t} form={form} name="validFrom" type="date" required={false} label={labels.validFrom} />
        <TextField t={t} form={form} name="validTo" type="date" required={false} label={labels.validTo} />
        <TextField t={t} form={form} name="note" required={false} label={t('guide.field.scheduleNote')} maxlength={300} />
        <SubmitButton label={t('guide.schedules.submit')} secondary />
      </form>
    </section>
  );
}

export function ContactEditor({
  ctx,
  action,
  contacts,
  form,
  locations,
}: {
  ctx: PageContext;
  action: string;
  contacts: readonly Contact[];
  form: FormState;
  locations: readonly Location[];
}) {
  const { t } = ctx;
  const labels = {
    contactName: t('guide.field.contactName'),
    contactTitle: t('guide.field.contactTitle'),
    contactFor: t('guide.field.contactFor'),
    contactPhone: t('guide.phone'),
    contactEmail: t('guide.email'),
  };
  return (
    <section aria-labelledby="contactpersonen">
      <h2 class="utrecht-heading-2" id="contactpersonen" safe>
        {t('guide.contacts.title')}
      </h2>
      <ul class="utrecht-unordered-list">
        {contacts.map((c) => (
          <li class="utrecht-unordered-list__item">
            <span safe>{`${c.name}: ${c.contactFor}${c.phone ? `, ${c.phone}` : ''}`}</span>{' '}
            <form method="post" action={`${action}/${c.id}/verwijderen`} class="wp-inline-form">
              <CsrfField token={ctx.csrfToken} />
              <button
                type="submit"
                class="utrecht-button utrecht-button--subtle"
                aria-label={t('guide.contacts.removeOne', { name: c.name })}
                safe
              >
                {t('guide.remove')}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <h3 class="utrecht-heading-3" safe>
        {t('guide.contacts.add')}
      </h3>
      <ErrorSummary t={t} form={form} labels={labels} />
      <form class="wp-form" method="post" action={action} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField t={t} form={form} name="contactName" label={labels.contactName} maxlength={150} />
        <TextField t={t} form={form} name="contactTitle" required={false} label={labels.contactTitle} maxlength={150} />
        <TextField
          t={t}
          form={form}
          name="contactFor"
          label={labels.contactFor}
          description={t('guide.field.contactFor.hint')}
          maxlength={300}
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
          options={locations.map((l) => ({ value: l.id, label: l.name }))}
        />
        <SubmitButton label={t('guide.contacts.submit')} secondary />
      </form>
    </section>
  );
}
