import type { PropsWithChildren } from '@kitajs/html';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, SubmitButton, type FormState } from '../../../platform/layout/forms.tsx';

/** The platform's form pattern in one piece: the error summary, the form with its CSRF field, the fields, the button. */
export function PactForm(
  props: PropsWithChildren<{
    ctx: PageContext;
    form: FormState;
    labels: Record<string, string>;
    action: string;
    submit: string;
    secondary?: boolean;
  }>,
) {
  return (
    <>
      <ErrorSummary t={props.ctx.t} form={props.form} labels={props.labels} />
      <form class="wp-form" method="post" action={props.action} novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        {props.children}
        <SubmitButton label={props.submit} secondary={props.secondary} />
      </form>
    </>
  );
}
