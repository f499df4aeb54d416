import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { ChoiceGroup, Notice, SelectField, TextAreaField, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import type { Travel } from '../consent/consent.rules.ts';
import { framed, type ActionFrame } from '../ui/action-frame.tsx';
import { handOverKinds } from './handover.schema.ts';

/** The hand-over form, saying first what of the resident goes along and what not. */
export function handOverPage(
  ctx: PageContext,
  frame: ActionFrame,
  form: FormState,
  data: { buurten: readonly Buurt[]; travel: Travel },
): Page {
  const { t } = ctx;
  const labels = {
    kind: t('questions.handOver.kind'),
    buurt: t('questions.field.buurt'),
    what: t('questions.handOver.what'),
    wishedTime: t('questions.handOver.wishedTime'),
  };
  const travel = data.travel.personal
    ? t('questions.handOver.shared', { items: data.travel.items.map((i) => t(`questions.item.${i}`)).join(', ') })
    : t('questions.handOver.anonymous');
  const fields = (
    <>
      <Notice kind="info" text={travel} />
      <ChoiceGroup
        t={t}
        form={form}
        name="kind"
        type="radio"
        legend={labels.kind}
        options={handOverKinds.map((k) => ({
          value: k,
          label: t(`questions.handOver.kind.${k}`),
          hint: t(`questions.handOver.kind.${k}.hint`),
        }))}
      />
      <SelectField
        t={t}
        form={form}
        name="buurt"
        label={labels.buurt}
        placeholder={t('questions.handOver.buurt.choose')}
        options={data.buurten.map((b) => ({ value: b.slug, label: b.name }))}
      />
      <TextAreaField t={t} form={form} name="what" rows={5} label={labels.what} description={t('questions.handOver.what.description')} />
      <TextField
        t={t}
        form={form}
        name="wishedTime"
        required={false}
        label={labels.wishedTime}
        description={t('questions.handOver.wishedTime.description')}
      />
    </>
  );
  return framed(ctx, frame, form, labels, fields, t('questions.handOver.submit'));
}
