import type { Lang } from '../../../platform/i18n/i18n.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { chartGeometry, type IndicatorUnit, type Target, type YearValue } from './monitoring.rules.ts';

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

// Built once per language: an Intl formatter is costly to make and a page formats hundreds of values.
const formats = Object.fromEntries(
  (Object.keys(locales) as Lang[]).map((lang) => [
    lang,
    {
      euro: new Intl.NumberFormat(locales[lang], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
      number: new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 1 }),
      months: Array.from({ length: 12 }, (_v, i) =>
        new Intl.DateTimeFormat(locales[lang], { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, i, 1))),
      ),
    },
  ]),
) as Record<Lang, { euro: Intl.NumberFormat; number: Intl.NumberFormat; months: string[] }>;

export function formatValue(lang: Lang, value: number | null, unit: IndicatorUnit | 'hours' | 'days'): string {
  if (value === null) return '—';
  if (unit === 'euro') return formats[lang].euro.format(value);
  const number = formats[lang].number.format(value);
  return unit === 'percent' ? `${number}%` : number;
}

/**
 * Charts are drawn 360 units wide with 16-unit labels, and never wider than that: on a 320 px
 * phone (about 288 px of content) a label is still 12.8 px (issue 10 item 13).
 */
const CHART_SIZE = { width: 360, height: 220 };

/**
 * A line chart of an indicator's values over the years with its target as a dashed line.
 * Drawn on the server with SVG presentation attributes and classes (the CSP forbids inline
 * styles); the table beside it carries the same numbers for screen readers.
 */
export function LineChart({
  ctx,
  id,
  title,
  values,
  target,
  unit,
}: {
  ctx: PageContext;
  id: string;
  title: string;
  values: readonly YearValue[];
  target: Target | null;
  unit: IndicatorUnit;
}) {
  const g = chartGeometry(values, target, CHART_SIZE);
  const label = (v: number) => formatValue(ctx.lang, v, unit);
  const bottom = g.height - 36;
  const description = ctx.t('pact.chart.description', {
    values: values.map((v) => `${v.year}: ${label(v.value)}`).join(', '),
    target: target === null ? ctx.t('pact.chart.noTarget') : ctx.t('pact.chart.target', { value: label(target.value), year: target.year }),
  });
  return (
    <svg
      class="wp-chart"
      viewBox={`0 0 ${g.width} ${g.height}`}
      width={String(g.width)}
      height={String(g.height)}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`} safe>
        {title}
      </title>
      <desc id={`${id}-desc`} safe>
        {description}
      </desc>
      {g.ticks.map((tick) => (
        <>
          <line class="wp-chart__grid" x1="56" x2={String(g.width - 24)} y1={String(tick.y)} y2={String(tick.y)} stroke-width="1" />
          <text class="wp-chart__label" x="48" y={String(tick.y + 4)} text-anchor="end" safe>
            {label(tick.value)}
          </text>
        </>
      ))}
      <line class="wp-chart__axis" x1="56" x2={String(g.width - 24)} y1={String(bottom)} y2={String(bottom)} stroke-width="1" />
      {g.years.map((y) => (
        <text class="wp-chart__label" x={String(y.x)} y={String(bottom + 20)} text-anchor="middle" safe>
          {String(y.year)}
        </text>
      ))}
      {g.targetY === null ? (
        ''
      ) : (
        <>
          <line
            class="wp-chart__target"
            x1="56"
            x2={String(g.width - 24)}
            y1={String(g.targetY)}
            y2={String(g.targetY)}
            stroke-width="2"
            stroke-dasharray="6 4"
          />
          <text class="wp-chart__label" x={String(g.width - 28)} y={String(g.targetY - 6)} text-anchor="end" safe>
            {ctx.t('pact.chart.targetLabel', { value: label(target?.value ?? 0), year: target?.year ?? '' })}
          </text>
        </>
      )}
      {g.points.length > 1 ? (
        <polyline class="wp-chart__line" points={g.points.map((p) => `${p.x},${p.y}`).join(' ')} stroke-width="3" />
      ) : (
        ''
      )}
      {g.points.map((p) => (
        <>
          <circle class="wp-chart__point" cx={String(p.x)} cy={String(p.y)} r="5" />
          <text class="wp-chart__label" x={String(p.x)} y={String(p.y - 10)} text-anchor="middle" safe>
            {label(p.value)}
          </text>
        </>
      ))}
    </svg>
  );
}

/** Twelve bars, January first, for a process figure counted per month. */
export function MonthChart({
  ctx,
  id,
  title,
  months,
}: {
  ctx: PageContext;
  id: string;
  title: string;
  months: readonly (number | null)[];
}) {
  const { width } = CHART_SIZE;
  const height = 180;
  const max = Math.max(1, ...months.map((m) => m ?? 0));
  const slot = (width - 40) / 12;
  const names = formats[ctx.lang].months;
  return (
    <svg
      class="wp-chart"
      viewBox={`0 0 ${width} ${height}`}
      width={String(width)}
      height={String(height)}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`} safe>
        {title}
      </title>
      <desc id={`${id}-desc`} safe>
        {months.map((m, i) => `${names[i] ?? ''}: ${m ?? '—'}`).join(', ')}
      </desc>
      <line class="wp-chart__axis" x1="20" x2={String(width - 20)} y1={String(height - 30)} y2={String(height - 30)} stroke-width="1" />
      {months.map((m, i) => {
        const h = ((m ?? 0) / max) * (height - 60);
        const x = 20 + i * slot + slot * 0.15;
        return (
          <>
            <rect
              class="wp-chart__bar"
              x={String(Math.round(x))}
              y={String(Math.round(height - 30 - h))}
              width={String(Math.round(slot * 0.7))}
              height={String(Math.round(h))}
            />
            <text class="wp-chart__label" x={String(Math.round(x + slot * 0.35))} y={String(height - 12)} text-anchor="middle">
              {i % 2 === 0 ? (names[i] ?? '') : ''}
            </text>
            {m === null || m === 0 ? (
              ''
            ) : (
              <text
                class="wp-chart__label"
                x={String(Math.round(x + slot * 0.35))}
                y={String(Math.round(height - 36 - h))}
                text-anchor="middle"
                safe
              >
                {String(m)}
              </text>
            )}
          </>
        );
      })}
    </svg>
  );
}
