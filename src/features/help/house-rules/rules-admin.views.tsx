import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  Notice,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Heading, Para } from '../shared/components.tsx';
import type { HouseRules } from './house-rules.rules.ts';
import { rulesForm } from './rules.schema.ts';

const numberFields = ['oddJobFee', 'maxServiceMinutes', 'feedbackDays', 'reminderDays', 'manyJobsCount', 'manyJobsDays'] as const;
const flagFields = ['oneAtATime', 'networkCheckRequired', 'vogRequiredForHomeVisits', 'studentsForLongRunning'] as const;
const textFields = ['cooperativeName', 'schemeName', 'studentDesk', 'contactEmail'] as const;

export function rulesFormValues(rules: HouseRules): FormState['values'] {
  const on = (flag: boolean) => (flag ? 'on' : '');
  return {
    cooperativeName: rules.cooperativeName,
    schemeName: rules.schemeName,
    oddJobFee: (rules.oddJobFeeCents / 100).toFixed(2).replace('.', ','),
    maxServiceMinutes: String(rules.maxServiceMinutes),
    oneAtATime: on(rules.oneAtATime),
    feedbackDays: String(rules.feedbackDays),
    reminderDays: String(rules.reminderDays),
    networkCheckRequired: on(rules.networkCheckRequired),
    vogRequiredForHomeVisits: on(rules.vogRequiredForHomeVisits),
    manyJobsCount: String(rules.manyJobsCount),
    manyJobsDays: String(rules.manyJobsDays),
    studentsForLongRunning: on(rules.studentsForLongRunning),
    studentDesk: rules.studentDesk,
    socialEntrepreneurs: rules.socialEntrepreneurs.join('\n'),
    contactEmail: rules.contactEmail,
  };
}

/** The administrator sets the cooperative's house rules ("Bestuur: vaststellen kaders en spelregels"). */
export function rulesAdminPage(ctx: PageContext, form: FormState, notice: string | undefined): Page {
  const { t } = ctx;
  const label = (name: string) => t(`help.rulesForm.${name}`);
  const labels = Object.fromEntries([...numberFields, ...flagFields, ...textFields, 'socialEntrepreneurs'].map((n) => [n, label(n)]));
  return {
    title: t('help.rulesForm.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Heading text={t('help.rulesForm.title')} />
        <Para text={t('help.rulesForm.intro')} />
        {notice === undefined ? '' : <Notice text={notice} />}
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={`/${ctx.district?.slug ?? ''}/beheer/spelregels`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          {textFields.slice(0, 2).map((name) => (
            <TextField t={t} form={form} name={name} label={label(name)} maxlength={maxLengthOf(rulesForm, name)} />
          ))}
          {numberFields.map((name) => (
            <TextField
              t={t}
              form={form}
              name={name}
              label={label(name)}
              inputmode={name === 'oddJobFee' ? 'decimal' : 'numeric'}
              description={t(`help.rulesForm.${name}.description`)}
            />
          ))}
          {flagFields.map((name) => (
            <CheckboxField t={t} form={form} name={name} label={label(name)} />
          ))}
          {textFields.slice(2).map((name) => (
            <TextField t={t} form={form} name={name} label={label(name)} required={false} maxlength={maxLengthOf(rulesForm, name)} />
          ))}
          <TextAreaField
            t={t}
            form={form}
            name="socialEntrepreneurs"
            label={label('socialEntrepreneurs')}
            description={t('help.rulesForm.socialEntrepreneurs.description')}
            required={false}
            maxlength={maxLengthOf(rulesForm, 'socialEntrepreneurs')}
          />
          <SubmitButton label={t('help.rulesForm.submit')} />
        </form>
      </>
    ),
  };
}
