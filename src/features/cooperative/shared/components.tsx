import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import { Breadcrumbs, type Step } from '../../../platform/layout/breadcrumbs.tsx';
import type { TermWord } from '../../../platform/layout/term.tsx';
import { PageHeading } from '../../../platform/layout/text.tsx';

export const coopBase = (ctx: PageContext): string => `/${ctx.district?.slug ?? ''}/cooperatie`;

/** District › Wijkcoöperatie › … so every page of the cooperative says where it is. */
export function Crumbs({ ctx, trail = [] }: { ctx: PageContext; trail?: readonly Step[] }) {
  const district = ctx.district ?? { slug: '', name: '' };
  return <Breadcrumbs t={ctx.t} district={district} steps={[{ href: coopBase(ctx), label: ctx.t('cooperative.home.title') }, ...trail]} />;
}

/** The page's heading with its lead; given the page's `ctx`, the lead explains its trade words (VOG) with the glossary. */
export function Heading({
  title,
  intro,
  ctx,
  explainTitle = false,
}: {
  title: string;
  intro?: string;
  ctx?: PageContext;
  explainTitle?: boolean;
}) {
  return <PageHeading text={title} intro={intro} explain={ctx && { ctx, terms: coopTerms, title: explainTitle }} />;
}

/** The cooperative's own words, explained the first time a page shows them (issue 10.11). */
export const coopTerms: readonly TermWord[] = [
  { word: 'VOG', id: 'vog', abbr: true },
  { word: 'ALV', id: 'alv', abbr: true },
  { word: 'kascommissie', id: 'kascommissie' },
];

export const day = (ctx: PageContext, iso: string): string => formatDate(iso, ctx.lang);

/** Where a person can go next, as a plain list of links. */
export function LinkList({ links }: { links: readonly { href: string; label: string }[] }) {
  return (
    <ul class="utrecht-unordered-list">
      {links.map((l) => (
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href={l.href} safe>
            {l.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
