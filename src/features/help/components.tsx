import type { Lang, Translate } from '../../platform/i18n/i18n.ts';
import { formatDateTime } from '../../platform/i18n/i18n.ts';
import type { FormState } from '../../platform/layout/forms.tsx';
import type { TimelineStep } from './requests.repository.ts';

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

export function money(cents: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang], { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** "1 uur en 30 minuten", in words rather than 1.5. */
export function duration(t: Translate, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('help.duration.minutes', { count: rest });
  if (rest === 0) return t('help.duration.hours', { count: hours });
  return `${t('help.duration.hours', { count: hours })} ${t('help.duration.and')} ${t('help.duration.minutes', { count: rest })}`;
}

export function Heading({ text, level = 1, id }: { text: string; level?: 1 | 2 | 3; id?: string }) {
  if (level === 1)
    return (
      <h1 class="utrecht-heading-1" id={id} safe>
        {text}
      </h1>
    );
  if (level === 2)
    return (
      <h2 class="utrecht-heading-2" id={id} safe>
        {text}
      </h2>
    );
  return (
    <h3 class="utrecht-heading-3" id={id} safe>
      {text}
    </h3>
  );
}

export function Para({ text, lead = false }: { text: string; lead?: boolean }) {
  return (
    <p class={lead ? 'utrecht-paragraph utrecht-paragraph--lead' : 'utrecht-paragraph'} safe>
      {text}
    </p>
  );
}

export function LinkTo({ href, text }: { href: string; text: string }) {
  return (
    <a class="utrecht-link" href={href} safe>
      {text}
    </a>
  );
}

/** A house rule that stands in the way, in words, with what to do instead. */
export function Refusal({ t, rule }: { t: Translate; rule: string }) {
  return (
    <div class="utrecht-alert utrecht-alert--warning wp-help-refusal" role="alert">
      <p class="utrecht-paragraph utrecht-alert__message" safe>
        {t(rule)}
      </p>
    </div>
  );
}

export function DataList({ rows }: { rows: readonly (readonly [string, string | null | undefined])[] }) {
  return (
    <dl class="utrecht-data-list utrecht-data-list--rows">
      {rows
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([key, value]) => (
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key" safe>
              {key}
            </dt>
            <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd utrecht-data-list__item-value--multiline" safe>
              {value ?? ''}
            </dd>
          </div>
        ))}
    </dl>
  );
}

/** Our own light badge colours with black text: the Utrecht status colours fall short of AA contrast here. */
const badgeKind: Record<string, string> = {
  new: 'new',
  checked: 'busy',
  matching: 'busy',
  matched: 'busy',
  done: 'done',
  heard_back: 'done',
  closed: 'ended',
  withdrawn: 'ended',
  declined: 'ended',
  referred: 'ended',
};

export function StatusBadge({ t, status }: { t: Translate; status: string }) {
  return (
    <span class={`utrecht-status-badge wp-help-badge wp-help-badge--${badgeKind[status] ?? 'ended'}`} safe>
      {t(`help.status.${status}`)}
    </span>
  );
}

/** Every step of the request with its moment; who took it is shown to coordinators only. */
export function Timeline({
  t,
  lang,
  steps,
  withActors,
}: {
  t: Translate;
  lang: Lang;
  steps: readonly TimelineStep[];
  withActors: boolean;
}) {
  return (
    <ol class="utrecht-ordered-list wp-help-timeline">
      {steps.map((s) => (
        <li class="utrecht-ordered-list__item">
          <span class="wp-help-timeline__when" safe>
            {formatDateTime(s.at, lang)}
          </span>{' '}
          <span safe>{t(`help.step.${s.step}`)}</span>
          {withActors && s.actorName !== null ? <span safe>{` · ${s.actorName}`}</span> : ''}
          {withActors && s.note !== null ? <span class="wp-help-timeline__note" safe>{` · ${noteText(t, s)}`}</span> : ''}
        </li>
      ))}
    </ol>
  );
}

function noteText(t: Translate, step: TimelineStep): string {
  const key = `help.stepNote.${step.step}.${step.note ?? ''}`;
  const text = t(key);
  return text === key ? (step.note ?? '') : text;
}

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

/** A one-button form: CSRF token, hidden fields, and a button whose name says what it acts on. */
export function PostButton(props: {
  csrfToken: string;
  action: string;
  label: string;
  ariaLabel?: string;
  hidden?: Record<string, string>;
  secondary?: boolean;
  inline?: boolean;
}) {
  return (
    <form method="post" action={props.action} class={props.inline === true ? 'wp-inline-form' : undefined}>
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        class={`utrecht-button utrecht-button--${props.secondary === true ? 'secondary' : 'primary'}-action`}
        aria-label={props.ariaLabel}
        safe
      >
        {props.label}
      </button>
    </form>
  );
}

/** What a request is about in two or three words: its talent, or its kind. */
export function requestLabel(t: Translate, r: { talent: string | null; kind: string }): string {
  return r.talent === null ? t(`help.kind.${r.kind}`) : t(`help.talent.${r.talent}`);
}

/** Who asked and how to reach them: shown to the coordinator and, after a yes, to the volunteer. */
export function RequesterDetails({
  t,
  request,
}: {
  t: Translate;
  request: { requesterName: string; phone: string | null; email: string | null; street: string | null };
}) {
  return (
    <DataList
      rows={[
        [t('help.field.requesterName'), request.requesterName],
        [t('help.field.phone'), request.phone],
        [t('help.field.email'), request.email],
        [t('help.field.street'), request.street],
      ]}
    />
  );
}

/** A plain list of sentences. */
export function TextList({ items }: { items: readonly string[] }) {
  return (
    <ul class="utrecht-unordered-list">
      {items.map((item) => (
        <li class="utrecht-unordered-list__item" safe>
          {item}
        </li>
      ))}
    </ul>
  );
}
