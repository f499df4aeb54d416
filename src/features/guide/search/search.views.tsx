import type { PageContext } from '../../../platform/http/request-context.ts';
import { ErrorSummary } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Breadcrumb } from '../common/breadcrumb.tsx';
import { buurtenPath, guidePath } from '../common/paths.ts';
import { Pager } from '../../../platform/layout/pager.tsx';
import { HitList } from './hits.views.tsx';
import { Filters, type FilterData } from './search-form.views.tsx';
import type { SearchHit } from './search.repository.ts';
import { DropOneFilter, Extras, NearMatches } from './suggestions.views.tsx';
import type { NearMatch, Suggestion } from './suggestions.query.ts';
import type { SearchExtra } from '../../../platform/feature.ts';
import { ContactPerson } from '../contact-point/contact-person.views.tsx';
import type { WalkInPoint } from '../contact-point/walk-ins.rules.ts';
import { termLabelKey, type Term } from '../model/taxonomy.ts';

/** An everyday word of the query and the themes it also searched. */
export interface AlsoTheme {
  word: string;
  terms: Term[];
}

export interface SearchPageData extends FilterData {
  alsoThemes: AlsoTheme[];
  total: number;
  /** More matches than were counted (the count stops at 1,000). */
  more: boolean;
  hits: SearchHit[];
  page: number;
  pageCount: number;
  /** The query string of this search without its page number, for the pager. */
  baseQuery: string;
  /** Whom to call or where to walk in: on every result page and every empty one. */
  point: WalkInPoint | null;
  now: Date;
  extras: SearchExtra[];
  /** For a search that found nothing: the filters to drop one of, with what that finds. */
  dropOne: Suggestion[];
  /** For a search in a buurt that found nothing: the same search in the buurten next to it. */
  near: NearMatch[];
}

function Results({ ctx, data }: { ctx: PageContext; data: SearchPageData }) {
  const { t } = ctx;
  if (Object.keys(data.form.errors).length > 0) return '';
  return (
    <section aria-labelledby="results-title">
      <h2 class="utrecht-heading-2" id="results-title" aria-live="polite" safe>
        {data.more ? t('guide.search.resultsMore') : t('guide.search.results', { count: data.total })}
      </h2>
      {data.alsoThemes.flatMap(({ word, terms }) =>
        terms.map((term) => (
          <p class="utrecht-paragraph" safe>
            {t('guide.synonyms.alsoTheme', { word, theme: t(termLabelKey(term)) })}
          </p>
        )),
      )}
      {data.total === 0 ? (
        <>
          <p class="utrecht-paragraph" safe>
            {t('guide.search.nothing')}
          </p>
          <DropOneFilter ctx={ctx} district={data.district} options={data.dropOne} />
          <NearMatches
            ctx={ctx}
            district={data.district}
            buurt={data.buurten.find((b) => b.slug === data.form.values.buurt)?.name ?? ''}
            near={data.near}
          />
        </>
      ) : (
        <HitList ctx={ctx} district={data.district} hits={data.hits} />
      )}
      <Pager
        ctx={ctx}
        page={data.page}
        pageCount={data.pageCount}
        href={(p) => `${guidePath(data.district)}?${data.baseQuery}${data.baseQuery ? '&' : ''}pagina=${p}`}
      />
    </section>
  );
}

export function searchPage(ctx: PageContext, data: SearchPageData): Page {
  const { t } = ctx;
  const title = t('guide.search.title', { district: data.district.name });
  const labels = {
    q: t('guide.search.q'),
    buurt: t('guide.search.buurt'),
    thema: t('guide.search.theme'),
    voorwie: t('guide.search.audience'),
    soort: t('guide.search.type'),
    toegankelijk: t('guide.search.accessible'),
  };
  return {
    title,
    hasErrors: Object.keys(data.form.errors).length > 0,
    body: (
      <>
        <Breadcrumb ctx={ctx} district={data.district} trail={[]} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead" safe>
          {t('guide.search.intro')}
        </p>
        <ErrorSummary t={t} form={data.form} labels={labels} />
        <Filters ctx={ctx} data={data} />
        <Results ctx={ctx} data={data} />
        <Extras ctx={ctx} extras={data.extras} />
        <ContactPerson ctx={ctx} point={data.point} now={data.now} />
        <h2 class="utrecht-heading-2 wp-no-print" safe>
          {t('guide.search.more')}
        </h2>
        <ul class="utrecht-link-list utrecht-link-list--html-ul wp-no-print">
          <li class="utrecht-link-list__item">
            <a class="utrecht-link utrecht-link-list__link" href={buurtenPath(data.district)} safe>
              {t('guide.buurten.link')}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link utrecht-link-list__link" href={guidePath(data.district, '/overzicht.pdf')} safe>
              {t('guide.overview.link')}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link utrecht-link-list__link" href={guidePath(data.district, '/open-data')} safe>
              {t('guide.openData.link')}
            </a>
          </li>
        </ul>
      </>
    ),
  };
}
