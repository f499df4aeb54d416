import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate, formatEuros } from '../../../platform/i18n/i18n.ts';
import { Breadcrumbs, type Step } from '../../../platform/layout/breadcrumbs.tsx';
import { DataTable } from '../../../platform/layout/table.tsx';
import type { TermWord } from '../../../platform/layout/term.tsx';
import { PageHeading } from '../../../platform/layout/text.tsx';

export const pactBase = (ctx: PageContext): string => `/${ctx.district?.slug ?? ''}/samenwerken`;

/** District › Samenwerken › … so every pact page says where it is. */
export function Crumbs({ ctx, trail }: { ctx: PageContext; trail: readonly Step[] }) {
  const district = ctx.district ?? { slug: '', name: '' };
  return <Breadcrumbs t={ctx.t} district={district} steps={[{ href: pactBase(ctx), label: ctx.t('pact.hub.title') }, ...trail]} />;
}

/** The page's heading with its lead (the platform's, under the name these pages use). */
export function Heading({ title, intro, ctx }: { title: string; intro?: string; ctx?: PageContext }) {
  return <PageHeading text={title} intro={intro} explain={ctx && { ctx, terms: pactTerms }} />;
}

/**
 * The trade words of the working-together pages, in both catalogs' words; given the page's
 * `ctx`, a lead explains the first of each with the glossary (issue 10 item 11). The
 * coordinator's title goes first: it begins with "wijkpact".
 */
const pactTerms: readonly TermWord[] = [
  { word: 'wijkpactcoördinator', id: 'wijkpactcoordinator' },
  { word: 'pact coordinator', id: 'wijkpactcoordinator' },
  { word: 'wijkpact', id: 'wijkpact' },
  { word: 'district pact', id: 'wijkpact' },
  { word: 'regiegroep', id: 'regiegroep' },
  { word: 'steering group', id: 'regiegroep' },
];

export function Badge({ text, tone = 'neutral' }: { text: string; tone?: 'neutral' | 'good' | 'warning' | 'bad' }) {
  return (
    <span class={`wp-badge wp-badge--${tone}`} safe>
      {text}
    </span>
  );
}

/** The platform's table, with cells this feature has already rendered. */
export function Table({
  caption,
  head,
  rows,
  hideCaption = false,
}: {
  caption: string;
  head: readonly string[];
  rows: readonly JSX.Element[][];
  hideCaption?: boolean;
}) {
  return (
    <DataTable caption={caption} headers={head} rows={rows.map((cells) => cells.map((html) => ({ html })))} hideCaption={hideCaption} />
  );
}

export function Text({ value }: { value: string }) {
  return <span safe>{value}</span>;
}

export function Para({ text, muted = false }: { text: string; muted?: boolean }) {
  return (
    <p class={`utrecht-paragraph${muted ? ' wp-muted' : ''}`} safe>
      {text}
    </p>
  );
}

export function DataList({ items }: { items: readonly [string, JSX.Element][] }) {
  return (
    <dl class="utrecht-data-list wp-data-list">
      {items.map(([key, value]) => (
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key" safe>
            {key}
          </dt>
          <dd class="utrecht-data-list__item-value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export const date = (ctx: PageContext, iso: string): string => formatDate(iso, ctx.lang);

export function Link({ href, text }: { href: string; text: string }) {
  return (
    <a class="utrecht-link" href={href} safe>
      {text}
    </a>
  );
}

export function euros(ctx: PageContext, cents: number | null): string {
  if (cents === null) return '—';
  return formatEuros(cents, ctx.lang);
}

export const challengeLabel = (ctx: PageContext, codes: readonly string[]) =>
  codes.map((c) => ctx.t(`pact.challenge.${c}.short`)).join(', ');
