import { formatDateTime, type Lang } from '../../../platform/i18n/i18n.ts';

/** Small building blocks of this feature's pages; all text goes through `safe`. */

export function H1({ text }: { text: string }) {
  return (
    <h1 class="utrecht-heading-1" safe>
      {text}
    </h1>
  );
}

export function H2({ text, id }: { text: string; id?: string }) {
  return (
    <h2 class="utrecht-heading-2" id={id} safe>
      {text}
    </h2>
  );
}

export function P({ text, lead = false }: { text: string; lead?: boolean }) {
  return (
    <p class={lead ? 'utrecht-paragraph utrecht-paragraph--lead' : 'utrecht-paragraph'} safe>
      {text}
    </p>
  );
}

/** Text someone typed, with its line breaks kept (CSS), never as HTML. */
export function Quote({ text }: { text: string }) {
  return (
    <blockquote class="wp-q-quote">
      <p class="utrecht-paragraph" safe>
        {text}
      </p>
    </blockquote>
  );
}

export function DataList({ rows }: { rows: readonly (readonly [string, string | null])[] }) {
  return (
    <dl class="utrecht-data-list">
      {rows
        .filter(([, value]) => value !== null && value !== '')
        .map(([key, value]) => (
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key" safe>
              {key}
            </dt>
            <dd class="utrecht-data-list__item-value wp-q-pre-line" safe>
              {value ?? ''}
            </dd>
          </div>
        ))}
    </dl>
  );
}

export function Badge({ text, kind = 'neutral' }: { text: string; kind?: 'neutral' | 'warning' | 'danger' | 'success' | 'active' }) {
  return (
    <span class={`utrecht-status-badge wp-q-badge wp-q-badge--${kind}`} safe>
      {text}
    </span>
  );
}

export function When({ iso, lang }: { iso: string; lang: Lang }) {
  return (
    <time datetime={iso} safe>
      {formatDateTime(iso, lang)}
    </time>
  );
}

export function ButtonForm({
  action,
  csrf,
  label,
  secondary = false,
}: {
  action: string;
  csrf: string;
  label: string;
  secondary?: boolean;
}) {
  return (
    <form method="post" action={action} class="wp-inline-form">
      <input type="hidden" name="_csrf" value={csrf} />
      <button type="submit" class={`utrecht-button utrecht-button--${secondary ? 'secondary' : 'primary'}-action`} safe>
        {label}
      </button>
    </form>
  );
}

export function Link({ href, text }: { href: string; text: string }) {
  return (
    <a class="utrecht-link" href={href} safe>
      {text}
    </a>
  );
}

/** The steps someone can take on a page, as large links (WCAG 2.2 target size). */
export function ActionLinks({ links }: { links: readonly (readonly [string, string])[] }) {
  return (
    <ul class="utrecht-link-list utrecht-link-list--html-ul wp-q-actions">
      {links.map(([href, text]) => (
        <li class="utrecht-link-list__item">
          <a class="utrecht-link utrecht-link-list__link" href={href} safe>
            {text}
          </a>
        </li>
      ))}
    </ul>
  );
}
