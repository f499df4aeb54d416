import type { ProcessFigure } from '../../../platform/feature.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { Notice } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import type { PactAccess } from '../shared/access.rules.ts';
import { Heading, Link, Para } from '../shared/pact.components.tsx';
import { IndicatorBlock, ProcessFigures } from './indicator-block.views.tsx';
import type { IndicatorWithTrend } from './monitoring.actions.ts';

export interface ResultsData {
  year: number;
  indicators: IndicatorWithTrend[];
  figures: ProcessFigure[];
  missing: string[];
  access: PactAccess;
  notice?: string;
  /** The cooperative's needs and supply per buurt, beside the figures (for those who may see it). */
  gapLink?: { href: string; label: string } | null;
}

export function resultsPage(ctx: PageContext, data: ResultsData): Page {
  const { t } = ctx;
  const base = `/${ctx.district?.slug ?? ''}/resultaten`;
  return {
    title: t('pact.results.title'),
    body: (
      <>
        <Heading title={t('pact.results.title')} intro={t('pact.results.intro', { district: ctx.district?.name ?? '' })} ctx={ctx} />
        {data.notice ? <Notice text={data.notice} /> : ''}
        <p class="utrecht-paragraph">
          <Link href={`${base}/rapport?jaar=${data.year}`} text={t('pact.report.link', { year: data.year })} />
          {' · '}
          <Link href={`${base}/rapport.pdf?jaar=${data.year}`} text={t('pact.report.pdf', { year: data.year })} />
          {data.access.coordinate ? (
            <>
              {' · '}
              <Link href={`${base}/indicatoren/nieuw`} text={t('pact.indicator.new')} />
            </>
          ) : (
            ''
          )}
        </p>
        <h2 class="utrecht-heading-2" safe>
          {t('pact.results.indicators')}
        </h2>
        {data.indicators.length === 0 ? <Para text={t('pact.results.noIndicators')} /> : ''}
        {data.indicators.map((item) => (
          <IndicatorBlock
            ctx={ctx}
            item={item}
            manageHref={data.access.coordinate ? `${base}/indicatoren/${item.indicator.id}` : undefined}
          />
        ))}
        <h2 class="utrecht-heading-2" safe>
          {t('pact.figures.title', { year: data.year })}
        </h2>
        <Para text={t('pact.figures.intro')} />
        <p class="utrecht-paragraph">
          <Link href={`${base}?jaar=${data.year - 1}`} text={t('pact.year.previous', { year: data.year - 1 })} />
          {' · '}
          <Link href={`${base}?jaar=${data.year + 1}`} text={t('pact.year.next', { year: data.year + 1 })} />
        </p>
        <ProcessFigures ctx={ctx} figures={data.figures} missing={data.missing} />
        {data.gapLink ? (
          <p class="utrecht-paragraph">
            <Link href={data.gapLink.href} text={t(data.gapLink.label)} />
          </p>
        ) : (
          ''
        )}
      </>
    ),
  };
}
