import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate, formatEuros, formatWeekday } from '../../../platform/i18n/i18n.ts';
import { Breadcrumbs, type Step } from '../../../platform/layout/breadcrumbs.tsx';
import { amsterdamParts } from '../../../platform/calendar/amsterdam-time.ts';
import { PageHeading } from '../../../platform/layout/text.tsx';

export const agendaBase = (ctx: Pick<PageContext, 'district'>): string => `/${ctx.district?.slug ?? ''}/activiteiten`;

/** District › Wat is er te doen › … */
export function Crumbs({ ctx, trail = [] }: { ctx: PageContext; trail?: readonly Step[] }) {
  const district = ctx.district ?? { slug: '', name: '' };
  return <Breadcrumbs t={ctx.t} district={district} steps={[{ href: agendaBase(ctx), label: ctx.t('activities.title') }, ...trail]} />;
}

/** "Gratis" or "€ 2,50". */
export function costText(ctx: Pick<PageContext, 't' | 'lang'>, cents: number): string {
  if (cents === 0) return ctx.t('activities.cost.free');
  return ctx.t('activities.cost.amount', { amount: formatEuros(cents, ctx.lang) });
}

/** "dinsdag 17 maart 2026, 19:30 – 21:00" on Amsterdam's clock. */
export function whenText(ctx: Pick<PageContext, 't' | 'lang'>, startsAt: string, endsAt: string): string {
  const [day, start] = amsterdamParts(startsAt);
  const end = amsterdamParts(endsAt)[1];
  return ctx.t('activities.when', { date: dayText(ctx, day), start, end });
}

export function dayText(ctx: Pick<PageContext, 'lang'>, day: string): string {
  return `${formatWeekday(day, ctx.lang)} ${formatDate(day, ctx.lang)}`;
}

/** The page's heading with its lead (the platform's, under the name these pages use). */
export function Heading({ title, intro }: { title: string; intro?: string }) {
  return <PageHeading text={title} intro={intro} />;
}
