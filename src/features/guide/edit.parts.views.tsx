import type { PageContext } from '../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, SelectField, SubmitButton, TextField, type FormState } from '../../platform/layout/forms.tsx';
import { CheckboxGroup, describeSchedule } from './common.views.tsx';
import type { Contact, Location, OwnedSchedule } from './guide.model.ts';
import { scheduleKinds, weekdays } from './schedule.rules.ts';

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
    interval: t('guide.field.interval'),
    week: t('guide.field.week'),
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
