import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { SelectField, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import { CheckboxGroup } from '../common/checkbox-group.tsx';
import { describeSchedule } from '../common/schedule.views.tsx';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { entryPath } from '../common/paths.ts';
import type { EntryType, OwnedSchedule } from '../model/guide.model.ts';
import { scheduleKinds, weekdays } from '../model/schedule.rules.ts';
import { PartEditor } from './part-editor.views.tsx';
import { scheduleForm, scheduleTypes } from './parts.schema.ts';

function ScheduleEditor({
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
          options={scheduleTypes.map((k) => ({
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
        <TextField
          t={t}
          form={form}
          name="note"
          required={false}
          label={t('guide.field.scheduleNote')}
          maxlength={maxLengthOf(scheduleForm, 'note')}
        />
      </>
    </PartEditor>
  );
}

/** The hours below the form of a place or an offer, with a form to add some. */
export function scheduleParts(entry: { district: District; type: EntryType; id: string | null }, schedules: readonly OwnedSchedule[]) {
  const action = `${entryPath(entry.district, entry.type, entry.id ?? '')}/tijden`;
  return (ctx: PageContext, form: FormState) => <ScheduleEditor ctx={ctx} action={action} schedules={schedules} form={form} />;
}
