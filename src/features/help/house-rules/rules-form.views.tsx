import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { CheckboxField, TextAreaField, TextField, type FormState } from '../../../platform/layout/forms.tsx';
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

/** The labels of the fields, for the error summary of the page that holds them. */
export function rulesFieldLabels(t: Translate): Record<string, string> {
  return Object.fromEntries(
    [...numberFields, ...flagFields, ...textFields, 'socialEntrepreneurs'].map((n) => [n, t(`help.rulesForm.${n}`)]),
  );
}

/** The fields of the house rules, for the form in which the cooperative's board adopts them. */
export function HouseRulesFields({ t, form }: { t: Translate; form: FormState }) {
  const label = (name: string) => t(`help.rulesForm.${name}`);
  return (
    <>
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
    </>
  );
}
