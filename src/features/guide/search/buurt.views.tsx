import type { Buurt, District } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { Breadcrumbs } from '../../../platform/layout/breadcrumbs.tsx';
import { buurtenPath, guidePath } from '../common/paths.ts';
import type { SearchHit } from './search.repository.ts';
import { HitList } from './hits.views.tsx';
import { ContactPerson } from '../contact-point/contact-person.views.tsx';
import type { WalkInPoint } from '../contact-point/walk-ins.rules.ts';

export function buurtenPage(ctx: PageContext, district: District, buurten: readonly Buurt[]): Page {
  const title = ctx.t('guide.buurten.title', { district: district.name });
  return {
    title,
    body: (
      <>
        <Breadcrumbs t={ctx.t} district={district} steps={[]} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        <ul class="utrecht-link-list utrecht-link-list--html-ul wp-columns">
          {buurten.map((b) => (
            <li class="utrecht-link-list__item">
              <a class="utrecht-link utrecht-link-list__link" href={buurtenPath(district, b.slug)} safe>
                {b.name}
              </a>
            </li>
          ))}
        </ul>
      </>
    ),
  };
}

export interface BuurtPageData {
  district: District;
  buurt: Buurt;
  local: SearchHit[];
  wide: SearchHit[];
  wideTotal: number;
  /** The sections of other features for this buurt (its network, what's on, stories). */
  slots: JSX.Element;
  point: WalkInPoint | null;
  now: Date;
}

export function buurtPage(ctx: PageContext, d: BuurtPageData): Page {
  const { t } = ctx;
  // Rendered by the features' start sections, which escape what they draw.
  const safeSlots = d.slots;
  const title = t('guide.buurt.title', { buurt: d.buurt.name });
  return {
    title,
    body: (
      <>
        <Breadcrumbs t={t} district={d.district} steps={[{ href: buurtenPath(d.district), label: t('guide.buurten.short') }]} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead" safe>
          {t('guide.buurt.intro', { buurt: d.buurt.name })}
        </p>
        <p class="utrecht-paragraph wp-no-print">
          <a class="utrecht-link" href={guidePath(d.district, `/meterkastkaart/${d.buurt.slug}.pdf`)} safe>
            {t('guide.card.link', { buurt: d.buurt.name })}
          </a>
        </p>
        {safeSlots}
        <ContactPerson ctx={ctx} point={d.point} now={d.now} />
        <h2 class="utrecht-heading-2" safe>
          {t('guide.buurt.local', { buurt: d.buurt.name, count: d.local.length })}
        </h2>
        {d.local.length === 0 ? (
          <p class="utrecht-paragraph" safe>
            {t('guide.buurt.noLocal')}
          </p>
        ) : (
          <HitList ctx={ctx} district={d.district} hits={d.local} />
        )}
        <h2 class="utrecht-heading-2" safe>
          {t('guide.buurt.wide', { district: d.district.name })}
        </h2>
        <HitList ctx={ctx} district={d.district} hits={d.wide} />
        {d.wideTotal > d.wide.length ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`${guidePath(d.district)}?buurt=${d.buurt.slug}&soort=aanbod`} safe>
              {t('guide.buurt.allWide', { count: d.wideTotal })}
            </a>
          </p>
        ) : (
          ''
        )}
      </>
    ),
  };
}
