import type { PropsWithChildren } from '@kitajs/html';
import type { Lang, Translate } from '../../../platform/i18n/i18n.ts';
import { CsrfField } from '../../../platform/layout/forms.tsx';
import { daysIn, partsIn } from './time.rules.ts';

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

/** Weekly day parts in words: "Dinsdag, Donderdag: Middag"; `empty` when none are chosen. */
export function slotsText(t: Translate, mask: number, empty: string): string {
  if (mask === 0) return t(empty);
  const dayWords = daysIn(mask).map((d) => t(`help.day.${d}`));
  const partWords = partsIn(mask).map((p) => t(`help.part.${p}`));
  return `${dayWords.join(', ')}: ${partWords.join(', ')}`;
}

/** When the requester would like the help: the day parts, and the time in their own words. */
export function wishedText(t: Translate, r: { wishedSlots: number; wishedTime: string | null }): string {
  return [slotsText(t, r.wishedSlots, 'help.when.any'), r.wishedTime ?? ''].filter((p) => p !== '').join(' · ');
}
