import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate, type Translate } from '../../../platform/i18n/i18n.ts';
import { Breadcrumbs, type Step } from '../../../platform/layout/breadcrumbs.tsx';
import type { FormState } from '../../../platform/layout/forms.tsx';
import { PageHeading } from '../../../platform/layout/text.tsx';

export const coopBase = (ctx: PageContext): string => `/${ctx.district?.slug ?? ''}/cooperatie`;

/** District › Wijkcoöperatie › … so every page of the cooperative says where it is. */
export function Crumbs({ ctx, trail = [] }: { ctx: PageContext; trail?: readonly Step[] }) {
  const district = ctx.district ?? { slug: '', name: '' };
  return <Breadcrumbs t={ctx.t} district={district} steps={[{ href: coopBase(ctx), label: ctx.t('cooperative.home.title') }, ...trail]} />;
}

export function Heading({ title, intro }: { title: string; intro?: string }) {
  return <PageHeading text={title} intro={intro} />;
}

export const day = (ctx: PageContext, iso: string): string => formatDate(iso, ctx.lang);

/** Radio buttons or checkboxes under one question, in a fieldset with its legend; errors as the platform fields show them. */
export function ChoiceGroup(props: {
  t: Translate;
  form: FormState;
  name: string;
  legend: string;
  type: 'radio' | 'checkbox';
  description?: string;
  options: readonly { value: string; label: string }[];
}) {
  const error = props.form.errors[props.name];
  const chosen = new Set((props.form.values[props.name] ?? '').split(','));
  const id = `field-${props.name}`;
  const describedBy = [props.description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy === '' ? undefined : describedBy}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" safe>
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
      {props.options.map((o, index) => {
        const optionId = index === 0 ? id : `${id}-${o.value}`;
        return (
          <div class={`utrecht-form-field utrecht-form-field--${props.type}`}>
            <input
              class={`utrecht-${props.type} utrecht-${props.type}--html-input`}
              type={props.type}
              id={optionId}
              name={props.name}
              value={o.value}
              checked={chosen.has(o.value)}
            />
            <label class={`utrecht-form-label utrecht-form-label--${props.type}`} for={optionId} safe>
              {o.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
