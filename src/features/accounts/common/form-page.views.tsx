import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, SubmitButton, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { PageHeading } from '../../../platform/layout/text.tsx';
import { fieldLabels } from './fields.views.tsx';

export interface FormPageSpec {
  title: string;
  form: FormState;
  /** The fields, by name, that the error summary links to. */
  fields: readonly string[];
  action: string;
  submit: string;
  /** The inputs of the form. */
  children: JSX.Element;
  /** Between the heading and the form: a notice or an explanation. */
  before?: JSX.Element;
  after?: JSX.Element;
}

/** The pages of signing in and of the mailed links: one heading, one form, its problems on top. */
export function formPage(ctx: PageContext, spec: FormPageSpec): Page {
  const { children } = spec;
  const before: JSX.Element = spec.before ?? '';
  const after: JSX.Element = spec.after ?? '';
  return {
    title: spec.title,
    hasErrors: Object.keys(spec.form.errors).length > 0,
    body: (
      <>
        <PageHeading text={spec.title} />
        {before}
        <ErrorSummary t={ctx.t} form={spec.form} labels={fieldLabels(ctx, spec.fields)} />
        <form class="wp-form" method="post" action={spec.action} novalidate>
          <CsrfField token={ctx.csrfToken} />
          {children}
          <SubmitButton label={spec.submit} />
        </form>
        {after}
      </>
    ),
  };
}
