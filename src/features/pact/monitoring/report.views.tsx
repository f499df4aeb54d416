import type { ProcessFigure } from '../../../platform/feature.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate, type Lang, type Translate } from '../../../platform/i18n/i18n.ts';
import type { Page } from '../../../platform/layout/render.ts';
import type { Project } from '../agenda/projects.repository.ts';
import { formatValue } from './charts.tsx';
import type { IndicatorWithTrend } from './monitoring.actions.ts';
import { IndicatorBlock, missingFigureNames, ProcessFigures, trendSentence, TrendBadge } from './indicator-block.views.tsx';
import type { ReportPdf } from './report.pdf.ts';
import { Heading, Link, Para, Table, Text } from '../shared/pact.components.tsx';

export interface ReportData {
  year: number;
  pactName: string;
  generatedOn: string;
  indicators: IndicatorWithTrend[];
  figures: ProcessFigure[];
  missing: string[];
  projects: Project[];
  meetingsHeld: number;
}

/** The progress report for the district paper: one page of HTML that prints well, and the same as a PDF. */
export function reportPage(ctx: PageContext, data: ReportData): Page {
  const { t } = ctx;
  const title = t('pact.report.title', { name: data.pactName, year: data.year });
  return {
    title,
    body: (
      <div class="wp-report">
        <p class="utrecht-paragraph wp-no-print">
          <Link
            href={`/${ctx.district?.slug ?? ''}/resultaten/rapport.pdf?jaar=${data.year}`}
            text={t('pact.report.pdf', { year: data.year })}
          />
        </p>
        <Heading title={title} intro={t('pact.report.intro', { date: formatDate(data.generatedOn, ctx.lang) })} ctx={ctx} />
        <h2 class="utrecht-heading-2" safe>
          {t('pact.report.summary')}
        </h2>
        <Table
          caption={t('pact.report.summary')}
          hideCaption
          head={[t('pact.indicator.name'), t('pact.report.latest'), t('pact.report.target'), t('pact.report.status')]}
          rows={data.indicators.map((item) => [
            <Text value={item.indicator.name} />,
            <Text
              value={
                item.trend.latest === null
                  ? '—'
                  : `${formatValue(ctx.lang, item.trend.latest.value, item.indicator.unit)} (${item.trend.latest.year})`
              }
            />,
            <Text
              value={
                item.indicator.target === null
                  ? '—'
                  : `${formatValue(ctx.lang, item.indicator.target.value, item.indicator.unit)} (${item.indicator.target.year})`
              }
            />,
            <>
              <TrendBadge ctx={ctx} trend={item.trend} /> <Text value={trendSentence(ctx.t, ctx.lang, item)} />
            </>,
          ])}
        />
        <h2 class="utrecht-heading-2" safe>
          {t('pact.report.agenda', { year: data.year })}
        </h2>
        {data.projects.length === 0 ? (
          <Para text={t('pact.agenda.empty.line')} />
        ) : (
          <ul class="utrecht-unordered-list">
            {data.projects.map((p) => (
              <li
                class="utrecht-unordered-list__item"
                safe
              >{`${p.title}: ${t(`pact.project.status.${p.status}`)}${p.notes[0] === undefined ? '' : ` — ${p.notes[0].text}`}`}</li>
            ))}
          </ul>
        )}
        <Para text={t('pact.report.meetings', { count: data.meetingsHeld, year: data.year })} />
        <h2 class="utrecht-heading-2" safe>
          {t('pact.figures.title', { year: data.year })}
        </h2>
        <ProcessFigures ctx={ctx} figures={data.figures} missing={data.missing} />
        <h2 class="utrecht-heading-2" safe>
          {t('pact.results.indicators')}
        </h2>
        {data.indicators.map((item) => (
          <IndicatorBlock ctx={ctx} item={item} />
        ))}
      </div>
    ),
  };
}

/** The same report as plain text for the PDF worker (`report.pdf.ts`). */
export function reportPdf(t: Translate, lang: Lang, data: ReportData): ReportPdf {
  return {
    meta: { title: t('pact.report.title', { name: data.pactName, year: data.year }), lang },
    intro: t('pact.report.intro', { date: formatDate(data.generatedOn, lang) }),
    indicatorsHeading: t('pact.results.indicators'),
    indicators: data.indicators.map((item) => {
      const values = [...item.indicator.values].sort((a, b) => a.year - b.year).map((v) => ({ year: v.year, value: v.value }));
      const { target } = item.indicator;
      return {
        name: item.indicator.name,
        sentence: `${t(`pact.trend.${item.trend.status}`)}: ${trendSentence(t, lang, item)}`,
        chart:
          values.length === 0
            ? null
            : {
                values,
                labels: values.map((v) => formatValue(lang, v.value, item.indicator.unit)),
                target: target === null ? null : { year: target.year, value: target.value },
              },
      };
    }),
    agendaHeading: t('pact.report.agenda', { year: data.year }),
    projects: data.projects.map((p) => `${p.title}: ${t(`pact.project.status.${p.status}`)}`),
    noProjects: t('pact.agenda.empty.line'),
    meetings: t('pact.report.meetings', { count: data.meetingsHeld, year: data.year }),
    figuresHeading: t('pact.figures.title', { year: data.year }),
    figures: data.figures.map(
      (f) =>
        `${t(f.label)}: ${f.value === null ? t('pact.figures.noData') : formatValue(lang, f.value, f.unit === 'count' ? 'count' : f.unit)}`,
    ),
    missing: data.missing.length > 0 ? t('pact.figures.missing', { figures: missingFigureNames(t, data.missing) }) : null,
  };
}
