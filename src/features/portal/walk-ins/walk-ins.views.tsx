import type { District } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { Breadcrumbs } from '../../../platform/layout/breadcrumbs.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { WalkInPointDetails, type WalkInPoint } from '../../guide/index.ts';

/** Every walk-in point of the district: where to walk in, when, and who is there (residents or professionals). */
export function walkInsPage(ctx: PageContext, d: { district: District; points: readonly WalkInPoint[]; now: Date }): Page {
  const title = ctx.t('portal.walkIns.title', { district: d.district.name });
  return {
    title,
    body: (
      <>
        <Breadcrumbs t={ctx.t} district={d.district} steps={[]} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead" safe>
          {ctx.t('portal.walkIns.intro')}
        </p>
        {d.points.length === 0 ? (
          <p class="utrecht-paragraph" safe>
            {ctx.t('guide.walkIn.none')}
          </p>
        ) : (
          <ul class="wp-card-list" data-contact="">
            {d.points.map((p) => (
              <li class="wp-card">
                <WalkInPointDetails ctx={ctx} point={p} now={d.now} />
              </li>
            ))}
          </ul>
        )}
      </>
    ),
  };
}
