import type { District } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { Breadcrumbs, type Step } from '../../../platform/layout/breadcrumbs.tsx';
import { guidePath } from './paths.ts';

/** District › Wegwijzer › …, the platform's breadcrumbs under the guide. */
export function Breadcrumb({ ctx, district, trail }: { ctx: PageContext; district: District; trail: Step[] }) {
  return <Breadcrumbs t={ctx.t} district={district} steps={[{ href: guidePath(district), label: ctx.t('guide.nav') }, ...trail]} />;
}
