import type { PageContext } from '../../../platform/http/request-context.ts';
import { CheckboxField, SelectField, SubmitButton, type FormState } from '../../../platform/layout/forms.tsx';
import type { HelpRequest } from '../lifecycle/requests.repository.ts';
import { Heading, Para, StepForm } from '../shared/components.tsx';
import { duration, money } from '../shared/words.ts';

/** What the help took, in the steps a volunteer reports it in. */
const reportMinutes = [15, 30, 45, 60, 75, 90, 105, 120, 150, 180];

/** The report that the help was given: by the volunteer on their page, or by a coordinator at the desk. */
export function DoneForm({ ctx, form, request, action }: { ctx: PageContext; form: FormState; request: HelpRequest; action: string }) {
  const { t } = ctx;
  const options = reportMinutes.map((m) => ({ value: String(m), label: duration(t, m) }));
  return (
    <StepForm action={action} csrfToken={ctx.csrfToken}>
      <Heading level={3} text={t('help.action.done.title')} />
      <SelectField
        t={t}
        form={form}
        name="minutes"
        label={t('help.field.minutes')}
        placeholder={t('help.field.minutes.choose')}
        options={options}
      />
      {request.kind === 'odd_job' ? (
        <CheckboxField
          t={t}
          form={form}
          name="feePaid"
          label={t('help.field.feePaidRate', { fee: money(request.feeRateCents, ctx.lang) })}
        />
      ) : (
        <Para text={t('help.action.done.free')} />
      )}
      <SubmitButton label={t('help.action.done.submit')} />
    </StepForm>
  );
}
