import type { ProcessFigure } from '../../../platform/feature.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Lang, Translate } from '../../../platform/i18n/i18n.ts';
import { Notice } from '../../../platform/layout/forms.tsx';
import { formatValue, LineChart, MonthChart } from './charts.tsx';
import type { Trend } from './monitoring.rules.ts';
import { expectedProcessFigures } from './monitoring.rules.ts';
import type { IndicatorWithTrend } from './monitoring.actions.ts';
import { Badge, Link, Para, Table, Text } from '../shared/pact.components.tsx';

const trendTone = {
  met: 'good',
  on_track: 'good',
  too_slow: 'warning',
  worsening: 'bad',
  missed: 'bad',
  no_data: 'neutral',
  no_target: 'neutral',
  baseline_only: 'neutral',
} as const;

export function trendSentence(t: Translate, lang: Lang, item: IndicatorWithTrend): string {
  const { indicator, trend } = item;
  const v = (n: number | null | undefined) => formatValue(lang, n ?? null, indicator.unit);
  const { latest, first } = trend;
  const target = indicator.target;
  return t(`pact.trend.${trend.status}.sentence`, {
    latest: v(latest?.value),
    latestYear: String(latest?.year ?? ''),
    first: v(first?.value),
    firstYear: String(first?.year ?? ''),
    target: v(target?.value),
    targetYear: String(target?.year ?? ''),
    projected: v(trend.projected),
  });
}

/** The figures no feature gives yet, by name. */
export function missingFigureNames(t: Translate, missing: readonly string[]): string {
  return missing.flatMap((m) => (expectedProcessFigures[m] ?? []).map((k) => t(`pact.figures.expected.${k}`))).join(', ');
}

export function TrendBadge({ ctx, trend }: { ctx: PageContext; trend: Trend }) {
  return <Badge text={ctx.t(`pact.trend.${trend.status}`)} tone={trendTone[trend.status]} />;
}

/** One measurement says nothing about a course: it is shown as a figure, not as a chart. */
function SingleValue({ ctx, item }: { ctx: PageContext; item: IndicatorWithTrend }) {
  const { indicator } = item;
  const [only] = indicator.values;
  if (only === undefined) return '';
  return (
    <>
      <p class="utrecht-paragraph wp-figure">
        <strong class="wp-figure__value" safe>
          {formatValue(ctx.lang, only.value, indicator.unit)}
        </strong>{' '}
        <Text value={ctx.t('pact.indicator.measuredIn', { year: only.year })} />
      </p>
      <Para text={ctx.t('pact.indicator.sourceIs', { source: only.source === '' ? indicator.source : only.source })} muted />
    </>
  );
}

function ValuesTable({ ctx, item }: { ctx: PageContext; item: IndicatorWithTrend }) {
  const { t } = ctx;
  const { indicator } = item;
  return (
    <Table
      caption={t('pact.indicator.tableCaption', { name: indicator.name })}
      hideCaption
      head={[t('pact.indicator.year'), t('pact.indicator.value'), t('pact.indicator.source')]}
      rows={[
        ...indicator.values.map((v) => [
          <Text value={String(v.year)} />,
          <Text value={formatValue(ctx.lang, v.value, indicator.unit)} />,
          <Text value={v.source === '' ? indicator.source : v.source} />,
        ]),
        ...(indicator.target === null
          ? []
          : [
              [
                <Text value={t('pact.indicator.targetRow', { year: indicator.target.year })} />,
                <Text value={formatValue(ctx.lang, indicator.target.value, indicator.unit)} />,
                <Text value={t(`pact.indicator.better.${indicator.better}`)} />,
              ],
            ]),
      ]}
    />
  );
}

export function IndicatorBlock({ ctx, item, manageHref }: { ctx: PageContext; item: IndicatorWithTrend; manageHref?: string }) {
  const { t } = ctx;
  const { indicator } = item;
  return (
    <section class="wp-indicator" aria-labelledby={`ind-${indicator.id}`}>
      <h3 class="utrecht-heading-3" id={`ind-${indicator.id}`} safe>
        {indicator.name}
      </h3>
      <p class="utrecht-paragraph">
        <TrendBadge ctx={ctx} trend={item.trend} /> <Text value={trendSentence(ctx.t, ctx.lang, item)} />
      </p>
      {indicator.definition === '' ? '' : <Para text={indicator.definition} muted />}
      {item.targetPassed && indicator.target !== null ? (
        <p class="utrecht-paragraph">
          <Badge text={t('pact.indicator.targetPassed.badge')} tone="warning" />{' '}
          <Text value={t('pact.indicator.targetPassed', { year: indicator.target.year })} />
        </p>
      ) : (
        ''
      )}
      {indicator.values.length === 0 ? <Para text={t('pact.indicator.noValues')} /> : ''}
      {indicator.values.length === 1 ? <SingleValue ctx={ctx} item={item} /> : ''}
      {indicator.values.length > 1 ? (
        <>
          <LineChart
            ctx={ctx}
            id={`chart-${indicator.id}`}
            title={indicator.name}
            values={indicator.values}
            target={indicator.target}
            unit={indicator.unit}
          />
          <ValuesTable ctx={ctx} item={item} />
        </>
      ) : (
        ''
      )}
      {manageHref === undefined ? (
        ''
      ) : (
        <p class="utrecht-paragraph wp-no-print">
          <Link href={manageHref} text={t('pact.indicator.manage', { name: indicator.name })} />
        </p>
      )}
    </section>
  );
}

export function ProcessFigures({ ctx, figures, missing }: { ctx: PageContext; figures: ProcessFigure[]; missing: string[] }) {
  const { t } = ctx;
  return (
    <>
      <Table
        caption={t('pact.figures.caption')}
        hideCaption
        head={[t('pact.figures.what'), t('pact.figures.value')]}
        rows={figures.map((f) => [
          <Text value={t(f.label)} />,
          <Text
            value={
              f.value === null
                ? t('pact.figures.noData')
                : `${formatValue(ctx.lang, f.value, f.unit === 'count' ? 'count' : f.unit)}${f.unit === 'days' || f.unit === 'hours' ? ` ${t(`pact.figures.unit.${f.unit}`)}` : ''}`
            }
          />,
        ])}
      />
      {figures
        .filter((f) => f.byMonth !== undefined && f.value !== null && f.value > 0)
        .map((f) => (
          <MonthChart ctx={ctx} id={`month-${f.key.replace(/\W/g, '-')}`} title={t(f.label)} months={f.byMonth ?? []} />
        ))}
      {missing.length === 0 ? (
        ''
      ) : (
        <Notice
          kind="info"
          text={t('pact.figures.missing', {
            figures: missingFigureNames(t, missing),
          })}
        />
      )}
    </>
  );
}
