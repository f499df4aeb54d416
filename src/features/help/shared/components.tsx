import type { PropsWithChildren } from '@kitajs/html';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { CsrfField } from '../../../platform/layout/forms.tsx';

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

/** A form of one step, posting to its own fixed address (an error shows the page again there). */
export function StepForm({ action, csrfToken, children }: PropsWithChildren<{ action: string; csrfToken: string }>) {
  return (
    <form class="wp-form wp-help-action" method="post" action={action} novalidate>
      <CsrfField token={csrfToken} />
      {children}
    </form>
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
