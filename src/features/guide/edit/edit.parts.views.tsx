import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, SelectField, SubmitButton, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import { CheckboxGroup, describeSchedule } from '../common/common.views.tsx';
import type { Contact, Location, OwnedSchedule } from '../model/guide.model.ts';
import { scheduleKinds, weekdays } from '../model/schedule.rules.ts';

interface Part {
  id: string;
  text: string;
  /** What the remove button says to a screen reader. */
  removeLabel: string;
}

/** A list of parts of an entry (hours, contact persons), each with a remove button, and a form to add one. */
function PartEditor(props: {
  ctx: PageContext;
  anchor: string;
  title: string;
  addTitle: string;
  submit: string;
  action: string;
  parts: readonly Part[];
  form: FormState;
  labels: Record<string, string>;
  children: JSX.Element;
}) {
  const { ctx, children } = props;
  return (
    <section aria-labelledby={props.anchor}>
      <h2 class="utrecht-heading-2" id={props.anchor} safe>
        {props.title}
      </h2>
      <ul class="utrecht-unordered-list">
        {props.parts.map((p) => (
          <li class="utrecht-unordered-list__item">
            <span safe>{p.text}</span>{' '}
            <form method="post" action={`${props.action}/${p.id}/verwijderen`} class="wp-inline-form">
              <CsrfField token={ctx.csrfToken} />
              <button type="submit" class="utrecht-button utrecht-button--subtle" aria-label={p.removeLabel} safe>
                {ctx.t('guide.remove')}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <h3 class="utrecht-heading-3" safe>
        {props.addTitle}
      </h3>
      <ErrorSummary t={ctx.t} form={props.form} labels={props.labels} />
      <form class="wp-form" method="post" action={props.action} novalidate>
        <CsrfField token={ctx.csrfToken} />
        {children}
        <SubmitButton label={props.submit} secondary />
      </form>
    </section>
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
  const fields = ['kind', 'type', 'days', 'week', 'interval', 'opensAt', 'closesAt', 'validFrom', 'validTo'] as const;
  const names = { kind: 'scheduleKind', type: 'scheduleType' } as const;
  const labels = Object.fromEntries(fields.map((f) => [f, t(`guide.field.${f in names ? names[f as keyof typeof names] : f}`)]));
  const l = (name: string) => labels[name] ?? '';
  const parts = schedules.map((s) => {
    const text = `${t(`guide.kind.${s.kind}`)}: ${describeSchedule(t, s, ctx.lang)}`;
    return { id: s.id, text, removeLabel: t('guide.schedules.removeOne', { what: text }) };
  });
  return (
    <PartEditor
      ctx={ctx}
      anchor="tijden"
      title={t('guide.schedules.title')}
      addTitle={t('guide.schedules.add')}
      submit={t('guide.schedules.submit')}
      action={action}
      parts={parts}
      form={form}
      labels={labels}
    >
      <>
        <SelectField
          t={t}
          form={form}
          name="kind"
          label={l('kind')}
          options={scheduleKinds.map((k) => ({ value: k, label: t(`guide.kind.${k}`) }))}
        />
        <SelectField
          t={t}
          form={form}
          name="type"
          label={l('type')}
          options={(['weekly', 'monthly', 'closed', 'changed'] as const).map((k) => ({
            value: k,
            label: t(`guide.field.scheduleType.${k}`),
          }))}
        />
        <CheckboxGroup
          ctx={ctx}
          form={form}
          name="days"
          legend={l('days')}
          options={weekdays.map((d) => ({ value: d, label: t(`guide.day.${d}`) }))}
        />
        <SelectField
          t={t}
          form={form}
          name="week"
          required={false}
          label={l('week')}
          placeholder={t('guide.field.week.every')}
          options={(['1', '2', '3', '4', '-1'] as const).map((w) => ({ value: w, label: t(`guide.week.${w}`) }))}
        />
        <TextField t={t} form={form} name="interval" type="number" required={false} label={l('interval')} inputmode="numeric" />
        <TextField t={t} form={form} name="opensAt" type="time" required={false} label={l('opensAt')} />
        <TextField t={t} form={form} name="closesAt" type="time" required={false} label={l('closesAt')} />
        <TextField t={t} form={form} name="validFrom" type="date" required={false} label={l('validFrom')} />
        <TextField t={t} form={form} name="validTo" type="date" required={false} label={l('validTo')} />
        <TextField t={t} form={form} name="note" required={false} label={t('guide.field.scheduleNote')} maxlength={300} />
      </>
    </PartEditor>
  );
}

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
          options={props.locations.map((l) => ({ value: l.id, label: l.name }))}
        />
      </>
    </PartEditor>
  );
}
