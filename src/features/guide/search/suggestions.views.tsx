import type { District } from '../../../platform/geography/geography.repository.ts';
import type { SearchExtra } from '../../../platform/feature.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { guidePath } from '../common/paths.ts';
import { HitList } from './hits.views.tsx';
import type { NearMatch } from './suggestions.query.ts';

/** A search that found nothing: which one filter to drop, and what it then finds (issue 10.4, 10.5). */
export function DropOneFilter(props: {
  ctx: PageContext;
  district: District;
  options: readonly { filter: string; count: number; query: string; word?: string }[];
}) {
  const { ctx } = props;
  if (props.options.length === 0) return '';
  return (
    <>
      <p class="utrecht-paragraph" safe>
        {ctx.t('guide.suggest.dropOne')}
      </p>
      <ul class="utrecht-link-list utrecht-link-list--html-ul">
        {props.options.map((o) => (
          <li class="utrecht-link-list__item">
            <a class="utrecht-link utrecht-link-list__link" href={`${guidePath(props.district)}${o.query ? `?${o.query}` : ''}`} safe>
              {o.word === undefined
                ? ctx.t('guide.suggest.without', { filter: ctx.t(`guide.suggest.filter.${o.filter}`), count: o.count })
                : ctx.t('guide.suggest.onlyWord', { word: o.word, count: o.count })}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

/** What other features found for the same words: questions and answers, activities. */
export function Extras({ ctx, extras }: { ctx: PageContext; extras: readonly SearchExtra[] }) {
  if (extras.length === 0) return '';
  return (
    <section aria-labelledby="extras-title">
      <h2 class="utrecht-heading-2" id="extras-title" safe>
        {ctx.t('guide.suggest.extras')}
      </h2>
      <ul class="wp-card-list">
        {extras.map((x) => (
          <li class="wp-card">
            <p class="utrecht-paragraph wp-card__kind" safe>
              {ctx.t(x.kind)}
            </p>
            <a class="utrecht-link wp-card__link" href={x.href} safe>
              {x.title}
            </a>
            <p class="utrecht-paragraph" safe>
              {x.summary}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The same search in the buurten next door, when the buurt itself has nothing (issue 10.5). */
export function NearMatches(props: { ctx: PageContext; district: District; buurt: string; near: readonly NearMatch[] }) {
  const { ctx, district } = props;
  if (props.near.length === 0) return '';
  return (
    <section aria-labelledby="near-title">
      <h3 class="utrecht-heading-3" id="near-title" safe>
        {ctx.t('guide.near.title')}
      </h3>
      <p class="utrecht-paragraph" safe>
        {ctx.t('guide.near.intro', { buurt: props.buurt })}
      </p>
      {props.near.map((n) => (
        <>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`${guidePath(district)}?${n.query}`} safe>
              {ctx.t('guide.near.inBuurt', { buurt: n.buurt, count: n.count })}
            </a>
          </p>
          <HitList ctx={ctx} district={district} hits={n.hits} />
        </>
      ))}
    </section>
  );
}
