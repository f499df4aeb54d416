import { newId } from '../clock.ts';
import type { FieldError, FieldErrors, FormValues } from '../http/forms.ts';
import type { Translate } from '../i18n/i18n.ts';

/** The shared form pattern: errors beside each field and in a summary at the top. */
export interface FormState {
  values: FormValues;
  errors: FieldErrors;
}

export const emptyForm: FormState = { values: {}, errors: {} };

const fieldId = (name: string) => `field-${name}`;

function errorText(t: Translate, error: FieldError): string {
  return t(error.code, error.params);
}

interface FieldBase {
  t: Translate;
  form: FormState;
  name: string;
  label: string;
  description?: string;
  required?: boolean;
}

function describedBy(name: string, hasDescription: boolean, hasError: boolean): string | undefined {
  const ids = [hasDescription ? `${fieldId(name)}-description` : '', hasError ? `${fieldId(name)}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldFrame(props: FieldBase & { children: JSX.Element; kind?: 'checkbox' }) {
  const { children } = props;
  const error = props.form.errors[props.name];
  const id = fieldId(props.name);
  const invalid = error ? ' utrecht-form-field--invalid' : '';
  const kind = props.kind ? ` utrecht-form-field--${props.kind}` : '';
  return (
    <div class={`utrecht-form-field utrecht-form-field--distanced${invalid}${kind}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          <span safe>{props.label}</span>
          {props.required === false ? <span class="wp-optional" safe>{` (${props.t('form.optional')})`}</span> : ''}
        </label>
      </div>
      {props.description ? (
        <div class="utrecht-form-field-description utrecht-form-field__description" id={`${id}-description`} safe>
          {props.description}
        </div>
      ) : (
        ''
      )}
      {error ? (
        <div class="utrecht-form-field-error-message utrecht-form-field__error-message" id={`${id}-error`} safe>
          {errorText(props.t, error)}
        </div>
      ) : (
        ''
      )}
      <div class="utrecht-form-field__input">{children}</div>
    </div>
  );
}

export function TextField(
  props: FieldBase & {
    type?: 'text' | 'email' | 'password' | 'tel' | 'date' | 'time' | 'number' | 'search' | 'url';
    autocomplete?: string;
    inputmode?: string;
    maxlength?: number;
  },
) {
  const error = props.form.errors[props.name];
  const invalid = error ? ' utrecht-textbox--invalid' : '';
  return (
    <FieldFrame {...props}>
      <input
        class={`utrecht-textbox utrecht-textbox--html-input${invalid}`}
        id={fieldId(props.name)}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.type === 'password' ? undefined : props.form.values[props.name]}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        maxlength={props.maxlength}
        required={props.required !== false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(props.name, props.description !== undefined, error !== undefined)}
      />
    </FieldFrame>
  );
}

export function TextAreaField(props: FieldBase & { rows?: number; maxlength?: number }) {
  const error = props.form.errors[props.name];
  const invalid = error ? ' utrecht-textarea--invalid' : '';
  return (
    <FieldFrame {...props}>
      <textarea
        class={`utrecht-textarea utrecht-textarea--html-textarea${invalid}`}
        id={fieldId(props.name)}
        name={props.name}
        rows={String(props.rows ?? 5)}
        maxlength={props.maxlength}
        required={props.required !== false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(props.name, props.description !== undefined, error !== undefined)}
        safe
      >
        {props.form.values[props.name] ?? ''}
      </textarea>
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
  /** In a `ChoiceGroup`: a line under the label that says more. */
  hint?: string;
}

export function SelectField(props: FieldBase & { options: readonly Option[]; placeholder?: string }) {
  const error = props.form.errors[props.name];
  const current = props.form.values[props.name];
  const invalid = error ? ' utrecht-select--invalid' : '';
  return (
    <FieldFrame {...props}>
      <select
        class={`utrecht-select utrecht-select--html-select${invalid}`}
        id={fieldId(props.name)}
        name={props.name}
        required={props.required !== false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(props.name, props.description !== undefined, error !== undefined)}
      >
        {props.placeholder !== undefined ? (
          <option value="" safe>
            {props.placeholder}
          </option>
        ) : (
          ''
        )}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === current} safe>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField(props: FieldBase & { value?: string }) {
  const error = props.form.errors[props.name];
  const value = props.value ?? 'on';
  return (
    <FieldFrame {...props} kind="checkbox" required>
      <input
        class="utrecht-checkbox utrecht-checkbox--html-input"
        type="checkbox"
        id={fieldId(props.name)}
        name={props.name}
        value={value}
        checked={props.form.values[props.name] === value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(props.name, props.description !== undefined, error !== undefined)}
      />
    </FieldFrame>
  );
}

type ChoiceGroupProps = Omit<FieldBase, 'label' | 'required'> & {
  legend: string;
  type: 'radio' | 'checkbox';
  options: readonly Option[];
  checked?: readonly string[];
};

/** The first choice carries `field-<name>`, so the error summary's link lands on the group. */
const choiceId = (name: string, index: number) => (index === 0 ? fieldId(name) : `${fieldId(name)}-${index}`);

/** Radio buttons or checkboxes under one legend, errors linked; what was sent stays chosen, else `checked`. */
export function ChoiceGroup(props: ChoiceGroupProps) {
  const { t, form, name, type } = props;
  const error = form.errors[name];
  const chosen = new Set(form.values[name]?.split(',') ?? props.checked ?? []);
  const input = type === 'radio' ? 'utrecht-radio-button' : 'utrecht-checkbox';
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wp-choice-group${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy(name, props.description !== undefined, error !== undefined)}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" safe>
        {props.legend}
      </legend>
      {props.description ? (
        <div class="utrecht-form-field-description" id={`${fieldId(name)}-description`} safe>
          {props.description}
        </div>
      ) : (
        ''
      )}
      {error ? (
        <div class="utrecht-form-field-error-message" id={`${fieldId(name)}-error`} safe>
          {errorText(t, error)}
        </div>
      ) : (
        ''
      )}
      {props.options.map((o, i) => (
        <div class={`utrecht-form-field utrecht-form-field--${type} wp-choice`}>
          <input
            class={`${input} ${input}--html-input`}
            type={type}
            id={choiceId(name, i)}
            name={name}
            value={o.value}
            checked={chosen.has(o.value)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={o.hint ? `${choiceId(name, i)}-hint` : undefined}
          />
          <div>
            <label class={`utrecht-form-label utrecht-form-label--${type}`} for={choiceId(name, i)} safe>
              {o.label}
            </label>
            {o.hint ? (
              <div class="utrecht-form-field-description wp-choice__hint" id={`${choiceId(name, i)}-hint`} safe>
                {o.hint}
              </div>
            ) : (
              ''
            )}
          </div>
        </div>
      ))}
    </fieldset>
  );
}

/** Links every error to its field; a script moves focus here after a failed submit. */
export function ErrorSummary({ t, form, labels }: { t: Translate; form: FormState; labels: Record<string, string> }) {
  const entries = Object.entries(form.errors);
  if (entries.length === 0) return '';
  return (
    <div class="utrecht-alert utrecht-alert--error wp-error-summary" id="error-summary" role="alert" tabindex="-1">
      <div class="utrecht-alert__content">
        <h2 class="utrecht-heading-2" safe>
          {t('form.errorSummary.title', { count: entries.length })}
        </h2>
        <ul class="utrecht-unordered-list">
          {entries.map(([name, error]) => (
            <li class="utrecht-unordered-list__item">
              {name in labels ? (
                <a class="utrecht-link" href={`#${fieldId(name)}`} safe>
                  {`${labels[name] ?? name}: ${errorText(t, error)}`}
                </a>
              ) : (
                <span safe>{errorText(t, error)}</span>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/**
 * Every form that changes something carries the CSRF token and a one-time key: sent twice
 * (a retry after a lost answer, a double click), it is done once (see `runAction`).
 */
export function CsrfField({ token }: { token: string }) {
  return (
    <>
      <input type="hidden" name="_csrf" value={token} />
      <input type="hidden" name="_once" value={newId()} />
    </>
  );
}

export function SubmitButton({ label, secondary = false }: { label: string; secondary?: boolean }) {
  const kind = secondary ? 'secondary' : 'primary';
  return (
    <button type="submit" class={`utrecht-button utrecht-button--${kind}-action`} safe>
      {label}
    </button>
  );
}

export function Notice({ text, kind = 'ok' }: { text: string; kind?: 'ok' | 'info' | 'warning' | 'error' }) {
  return (
    <div class={`utrecht-alert utrecht-alert--${kind}`} role="status">
      <p class="utrecht-paragraph utrecht-alert__message" safe>
        {text}
      </p>
    </div>
  );
}
