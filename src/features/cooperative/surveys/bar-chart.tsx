import type { PageContext } from '../../../platform/http/request-context.ts';

export interface Bar {
  label: string;
  /** One value per series (e.g. demand and supply); null is a suppressed number, drawn as no bar. */
  values: readonly (number | null)[];
}

/**
 * Horizontal bars, each label on its own line above its bars, so long Dutch labels stay
 * readable on a 320 px phone: drawn 360 units wide with 16-unit text (as the pact's charts),
 * never wider than the screen. The table beside it carries the same numbers in words.
 */
export function BarChart(props: {
  ctx: PageContext;
  id: string;
  title: string;
  series: readonly string[];
  bars: readonly Bar[];
  describe: string;
}) {
  const width = 360;
  const barHeight = 18;
  const rowHeight = 24 + props.series.length * (barHeight + 4) + 8;
  const height = props.bars.length * rowHeight + 8;
  const max = Math.max(1, ...props.bars.flatMap((b) => b.values.map((v) => v ?? 0)));
  const room = width - 60;
  return (
    <svg
      class="wp-chart"
      viewBox={`0 0 ${width} ${height}`}
      width={String(width)}
      height={String(height)}
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
    >
      <title id={`${props.id}-title`} safe>
        {props.title}
      </title>
      <desc id={`${props.id}-desc`} safe>
        {props.describe}
      </desc>
      {props.bars.map((bar, row) => {
        const top = row * rowHeight + 4;
        return (
          <>
            <text class="wp-chart__label" x="0" y={String(top + 16)} safe>
              {bar.label}
            </text>
            {bar.values.map((value, s) => {
              const y = top + 24 + s * (barHeight + 4);
              const w = value === null ? 0 : Math.round((value / max) * room);
              return (
                <>
                  <rect
                    class={`wp-chart__bar wp-survey-bar--${s}`}
                    x="0"
                    y={String(y)}
                    width={String(Math.max(w, value === 0 ? 0 : 2))}
                    height={String(barHeight)}
                  />
                  <text class="wp-chart__label" x={String(w + 6)} y={String(y + 14)} safe>
                    {value === null ? props.ctx.t('cooperative.surveys.small') : String(value)}
                  </text>
                </>
              );
            })}
          </>
        );
      })}
    </svg>
  );
}

/** The colour key of a chart with more than one series, in words next to a swatch. */
export function ChartKey({ series }: { series: readonly string[] }) {
  return (
    <ul class="wp-survey-key">
      {series.map((label, s) => (
        <li>
          <svg class="wp-survey-key__swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <rect class={`wp-survey-bar--${s}`} x="0" y="0" width="16" height="16" />
          </svg>{' '}
          <span safe>{label}</span>
        </li>
      ))}
    </ul>
  );
}
