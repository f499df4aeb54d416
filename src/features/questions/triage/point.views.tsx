import type { PageContext } from '../../../platform/http/request-context.ts';
import { ChoiceGroup, TextAreaField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { framed, type ActionFrame } from '../ui/action-frame.tsx';
import type { GuideEntry } from './guide-entries.ts';

/** Pointing the resident to organisations and places of the guide, with a note. */
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
        options={entries.map((e) => ({
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
