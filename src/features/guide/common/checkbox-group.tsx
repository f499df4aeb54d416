import type { PageContext } from '../../../platform/http/request-context.ts';
import type { FormState } from '../../../platform/layout/forms.tsx';

/** A group of checkboxes (several choices) or radio buttons (one), with its error beside it. */
export function CheckboxGroup({
  ctx,
  form,
  name,
  legend,
  options,
  radio = false,
}: {
  ctx: PageContext;
  form: FormState;
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  radio?: boolean;
}) {
  const chosen = new Set((form.values[name] ?? '').split(','));
  const error = form.errors[name];
  const kind = radio ? 'radio' : 'checkbox';
  const input = radio ? 'utrecht-radio-button utrecht-radio-button--html-input' : 'utrecht-checkbox utrecht-checkbox--html-input';
  return (
    <fieldset
      class="utrecht-form-fieldset wp-checkbox-group"
      id={`field-${name}`}
      aria-describedby={error ? `field-${name}-error` : undefined}
    >
      <legend class="utrecht-form-fieldset__legend" safe>
        {legend}
      </legend>
      {error ? (
        <div class="utrecht-form-field-error-message" id={`field-${name}-error`} safe>
          {ctx.t(error.code, error.params)}
        </div>
      ) : (
        ''
      )}
      {options.map((o, i) => (
        <div class={`utrecht-form-field utrecht-form-field--${kind}`}>
          <div class="utrecht-form-field__input">
            <input class={input} type={kind} id={`field-${name}-${i}`} name={name} value={o.value} checked={chosen.has(o.value)} />
          </div>
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for={`field-${name}-${i}`} safe>
              {o.label}
            </label>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
