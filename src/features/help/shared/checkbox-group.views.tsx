import type { Translate } from '../../../platform/i18n/i18n.ts';
import type { FormState } from '../../../platform/layout/forms.tsx';

/** Checkboxes under one question, in a fieldset with its legend (the platform form pattern for groups). */
export function CheckboxGroup(props: {
  t: Translate;
  form: FormState;
  name: string;
  legend: string;
  description?: string;
  options: readonly { value: string; label: string }[];
  compact?: boolean;
}) {
  const error = props.form.errors[props.name];
  const chosen = new Set((props.form.values[props.name] ?? '').split(','));
  const describedBy = [props.description ? `field-${props.name}-description` : '', error ? `field-${props.name}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy === '' ? undefined : describedBy}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" safe>
        {props.legend}
      </legend>
      {props.description ? (
        <div class="utrecht-form-field-description" id={`field-${props.name}-description`} safe>
          {props.description}
        </div>
      ) : (
        ''
      )}
      {error ? (
        <div class="utrecht-form-field-error-message" id={`field-${props.name}-error`} safe>
          {props.t(error.code, error.params)}
        </div>
      ) : (
        ''
      )}
      <div class={props.compact === true ? 'wp-help-choices wp-help-choices--compact' : 'wp-help-choices'}>
        {props.options.map((o, index) => (
          <div class="utrecht-form-field utrecht-form-field--checkbox">
            <input
              class="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              id={index === 0 ? `field-${props.name}` : `field-${props.name}-${o.value}`}
              name={props.name}
              value={o.value}
              checked={chosen.has(o.value)}
            />
            <label
              class="utrecht-form-label utrecht-form-label--checkbox"
              for={index === 0 ? `field-${props.name}` : `field-${props.name}-${o.value}`}
              safe
            >
              {o.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
