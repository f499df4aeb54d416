export const indicatorUnits = ['percent', 'grade', 'count', 'euro', 'years'] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];
export type Better = 'higher' | 'lower';

export interface YearValue {
  year: number;
  value: number;
}

export interface Target {
  value: number;
  year: number;
}

type TrendStatus = 'no_data' | 'no_target' | 'baseline_only' | 'met' | 'on_track' | 'too_slow' | 'worsening' | 'missed';

export interface Trend {
  status: TrendStatus;
  latest: YearValue | null;
  first: YearValue | null;
  /** Latest minus first, in the indicator's unit. */
  change: number | null;
  /** Value expected in the target year if the line from first to latest goes on. */
  projected: number | null;
}

const reaches = (value: number, target: number, better: Better) => (better === 'higher' ? value >= target : value <= target);

/**
 * Trend against target: with only the baseline measured, nothing can be said yet; met when
 * the latest value reaches it; when the target year has
 * passed without that, missed; otherwise whether the straight line from the first to the
 * latest value reaches the target in time (on track), goes the right way too slowly, or
 * goes the wrong way.
 */
export function trendAgainstTarget(values: readonly YearValue[], better: Better, target: Target | null, currentYear: number): Trend {
  const sorted = [...values].sort((a, b) => a.year - b.year);
  const first = sorted[0];
  const latest = sorted.at(-1);
  if (first === undefined || latest === undefined) return { status: 'no_data', latest: null, first: null, change: null, projected: null };
  const base = { latest, first, change: latest.value - first.value };
  if (target === null) return { ...base, status: 'no_target', projected: null };
  return { ...base, ...againstTarget(sorted.length, first, latest, better, target, currentYear) };
}

function againstTarget(
  count: number,
  first: YearValue,
  latest: YearValue,
  better: Better,
  target: Target,
  currentYear: number,
): Pick<Trend, 'status' | 'projected'> {
  if (count === 1) return { status: 'baseline_only', projected: null };
  if (reaches(latest.value, target.value, better)) return { status: 'met', projected: null };
  if (target.year < currentYear) return { status: 'missed', projected: null };
  const change = latest.value - first.value;
  const years = latest.year - first.year;
  const projected = years === 0 ? null : latest.value + (change / years) * (target.year - latest.year);
  if (projected !== null && reaches(projected, target.value, better)) return { status: 'on_track', projected };
  const rightWay = better === 'higher' ? change > 0 : change < 0;
  return { status: rightWay ? 'too_slow' : 'worsening', projected };
}

/** A target whose year has passed no longer counts as current; pages mark it so. */
export function targetPassed(target: Target | null, currentYear: number): boolean {
  return target !== null && target.year < currentYear;
}

/** A target must lie ahead: a target year before this year is refused. */
export function refuseTarget(target: Target, currentYear: number): string | null {
  return target.year < currentYear ? 'pact.indicator.targetInPast' : null;
}

/** A value is measured, so it cannot be for a year still to come. */
export function refuseValueYear(year: number, currentYear: number): string | null {
  return year > currentYear ? 'pact.indicator.valueInFuture' : null;
}

/**
 * Reads a figure as people type it: "6,4", "6.4", "15.336.000", "77 %". Thousandths are
 * kept (values are stored as integers × 1000, ADR 0002); null when it is not a number.
 */
export function parseFigure(input: string): number | null {
  const text = input.replace(/[%€\s]/g, '');
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d{1,3})?$|^-?\d+\.\d{1,3}$/.test(text)) return null;
  const normal = text.includes(',') || /\.\d{3}(\.|$)/.test(text) ? text.replace(/\./g, '').replace(',', '.') : text;
  const value = Number(normal);
  return Number.isFinite(value) && Math.abs(value) < 1e12 ? Math.round(value * 1000) / 1000 : null;
}

export interface ChartGeometry {
  width: number;
  height: number;
  points: { year: number; value: number; x: number; y: number }[];
  targetY: number | null;
  targetX: number | null;
  ticks: { value: number; y: number }[];
  years: { year: number; x: number }[];
}

const PAD = { left: 56, right: 24, top: 20, bottom: 36 };
const INSET = 28;

function niceStep(range: number): number {
  const raw = range / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= raw) ?? 10;
  return step * power;
}

/** Where the points, the target line and the axis ticks of a line chart go, in SVG units. */
export function chartGeometry(values: readonly YearValue[], target: Target | null, size = { width: 560, height: 240 }): ChartGeometry {
  const sorted = [...values].sort((a, b) => a.year - b.year);
  const all = [...sorted.map((v) => v.value), ...(target ? [target.value] : [])];
  const years = [...sorted.map((v) => v.year), ...(target ? [target.year] : [])];
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const step = niceStep(Math.max(Math.max(...all, 0) - Math.min(...all, 0), 1));
  const low = Math.floor(Math.min(...all, 0) / step) * step;
  const high = Math.ceil(Math.max(...all) / step) * step || step;
  // The first and last year sit a little inside the axes, so their labels do not touch the tick labels.
  const span = size.width - PAD.left - PAD.right - 2 * INSET;
  const x = (year: number) => PAD.left + INSET + (maxYear === minYear ? 0.5 : (year - minYear) / (maxYear - minYear)) * span;
  const y = (value: number) => size.height - PAD.bottom - ((value - low) / (high - low)) * (size.height - PAD.top - PAD.bottom);
  const round = (n: number) => Math.round(n * 10) / 10;
  const ticks: { value: number; y: number }[] = [];
  for (let v = low; v <= high + step / 1000; v += step) ticks.push({ value: Math.round(v * 1000) / 1000, y: round(y(v)) });
  return {
    ...size,
    points: sorted.map((v) => ({ ...v, x: round(x(v.year)), y: round(y(v.value)) })),
    targetY: target ? round(y(target.value)) : null,
    targetX: target ? round(x(target.year)) : null,
    ticks,
    years: [...new Set(years)].sort((a, b) => a - b).map((year) => ({ year, x: round(x(year)) })),
  };
}

/** @public The process figures SPEC.md E asks for, by the feature whose key prefix provides them. */
export const expectedProcessFigures: Readonly<Record<string, readonly string[]>> = {
  questions: ['answeredInOrdinaryLife', 'firstResponse', 'referralsClosed'],
  help: ['matchesMade', 'volunteerHours'],
  guide: ['placesAssessed'],
};

/** The topics no feature gives a figure for yet, so the page can say so plainly. */
export function missingProcessTopics(keys: readonly string[]): string[] {
  return Object.keys(expectedProcessFigures).filter((prefix) => !keys.some((k) => k.startsWith(`${prefix}.`)));
}
