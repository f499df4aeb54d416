import type { PropsWithChildren } from '@kitajs/html';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, SubmitButton, type FormState, type Option } from '../../../platform/layout/forms.tsx';
import type { Translate } from '../../../platform/i18n/i18n.ts';

/** Several checkboxes under one legend, with the platform's error pattern. */
export function CheckboxGroup(props: {
  t: Translate;
  form: FormState;
  name: string;
  legend: string;
  description?: string;
  options: readonly Option[];
  checked?: readonly string[];
}) {
  const error = props.form.errors[props.name];
  const submitted = props.form.values[props.name];
  const checked = new Set(submitted === undefined ? (props.checked ?? []) : submitted.split(','));
  const id = `field-${props.name}`;
  const described = [props.description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      class={`utrecht-form-fieldset wp-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={id}
      aria-describedby={described === '' ? undefined : described}
    >
      <legend class="utrecht-form-fieldset__legend" safe>
        {props.legend}
      </legend>
      {props.description ? (
        <div class="utrecht-form-field-description" id={`${id}-description`} safe>
          {props.description}
        </div>
      ) : (
        ''
      )}
      {error ? (
        <div class="utrecht-form-field-error-message" id={`${id}-error`} safe>
          {props.t(error.code, error.params)}
        </div>
      ) : (
        ''
      )}
      {props.options.map((o, i) => (
        <div class="utrecht-form-field utrecht-form-field--checkbox wp-check">
          <input
            class="utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            id={`${id}-${i}`}
            name={props.name}
            value={o.value}
            checked={checked.has(o.value)}
          />
          <label class="utrecht-form-label utrecht-form-label--checkbox" for={`${id}-${i}`} safe>
            {o.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

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
