import type { District } from '../../../platform/geography/geography.repository.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, SubmitButton, TextAreaField, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Breadcrumb } from '../common/breadcrumb.tsx';
import { CheckboxGroup } from '../common/checkbox-group.tsx';
import { entryPath } from '../common/paths.ts';
import { assessmentDimensions, scoreLevel } from './assessment.rules.ts';
import { assessmentForm } from './assessment.schema.ts';

export function assessPage(ctx: PageContext, district: District, place: { id: string; name: string }, form: FormState): Page {
  const { t } = ctx;
  const title = t('guide.assess.title', { name: place.name });
  const labels: Record<string, string> = { assessedOn: t('guide.assess.date') };
  for (const d of assessmentDimensions) {
    labels[`${d}Score`] = t(`guide.assessment.${d}`);
    labels[`${d}Remarks`] = t('guide.assess.remarks', { what: t(`guide.assessment.${d}`) });
  }
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Breadcrumb ctx={ctx} district={district} trail={[{ href: entryPath(district, 'location', place.id), label: place.name }]} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        <p class="utrecht-paragraph" safe>
          {t('guide.assess.intro')}
        </p>
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={`${entryPath(district, 'location', place.id)}/beoordelen`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField t={t} form={form} name="assessedOn" type="date" label={labels.assessedOn ?? ''} />
          {assessmentDimensions.map((d) => (
            <>
              <CheckboxGroup
                radio
                ctx={ctx}
                form={form}
                name={`${d}Score`}
                legend={labels[`${d}Score`] ?? ''}
                options={[3, 2, 1].map((score) => {
                  const { level, symbol } = scoreLevel(score);
                  return { value: String(score), label: `${symbol} ${t(`guide.assessment.${d}.${level}`)}` };
                })}
              />
              <TextAreaField
                t={t}
                form={form}
                name={`${d}Remarks`}
                required={false}
                rows={2}
                label={labels[`${d}Remarks`] ?? ''}
                maxlength={maxLengthOf(assessmentForm, `${d}Remarks`)}
              />
            </>
          ))}
          <SubmitButton label={t('guide.assess.submit')} />
        </form>
      </>
    ),
  };
}
