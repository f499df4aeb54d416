import type { Translate } from '../../../platform/i18n/i18n.ts';
import type { FormState } from '../../../platform/layout/forms.tsx';

interface Choice {
  value: string;
  label: string;
  hint?: string;
}

interface GroupProps {
  t: Translate;
  form: FormState;
  name: string;
  legend: string;
  description?: string;
  choices: readonly Choice[];
  type: 'radio' | 'checkbox';
}

const inputClass = {
  radio: 'utrecht-radio-button utrecht-radio-button--html-input',
  checkbox: 'utrecht-checkbox utrecht-checkbox--html-input',
} as const;

/** The first choice carries `field-<name>`, so the error summary's link lands on the group. */
function choiceId(name: string, index: number): string {
  return index === 0 ? `field-${name}` : `field-${name}-${index}`;
}

function isChosen(form: FormState, name: string, value: string): boolean {
  const current = form.values[name];
  return current !== undefined && current.split(',').includes(value);
}

/**
 * A fieldset of radio buttons or checkboxes in the platform's form pattern: legend,
 * description and error above the choices, linked with aria-describedby.
 */
export function ChoiceGroup(props: GroupProps) {
  const { t, form, name } = props;
  const error = form.errors[name];
  const ids = [props.description ? `field-${name}-description` : '', error ? `field-${name}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={ids === '' ? undefined : ids}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" safe>
        {props.legend}
      </legend>
      {props.description ? (
        <div class="utrecht-form-field-description" id={`field-${name}-description`} safe>
          {props.description}
        </div>
      ) : (
        ''
      )}
      {error ? (
        <div class="utrecht-form-field-error-message" id={`field-${name}-error`} safe>
          {t(error.code, error.params)}
        </div>
      ) : (
        ''
      )}
      {props.choices.map((c, i) => (
        <div class={`utrecht-form-field utrecht-form-field--${props.type} wp-q-choice`}>
          <div class="utrecht-form-field__input">
            <input
              class={inputClass[props.type]}
              type={props.type}
              id={choiceId(name, i)}
              name={name}
              value={c.value}
              checked={isChosen(form, name, c.value)}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={c.hint ? `${choiceId(name, i)}-hint` : undefined}
            />
          </div>
          <div class="utrecht-form-field__label">
            <label class={`utrecht-form-label utrecht-form-label--${props.type}`} for={choiceId(name, i)} safe>
              {c.label}
            </label>
            {c.hint ? (
              <div class="utrecht-form-field-description wp-q-choice__hint" id={`${choiceId(name, i)}-hint`} safe>
                {c.hint}
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
