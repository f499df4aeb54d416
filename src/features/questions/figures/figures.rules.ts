import type { ProcessFigure } from '../../../platform/feature.ts';

/**
 * Process figures for monitoring (SPEC capability E): computed from the questions and
 * referrals themselves, per calendar month in Utrecht, never typed in.
 */

export interface QuestionFacts {
  createdAt: string;
  firstResponseAt: string | null;
  /** Set only for questions that are closed (not withdrawn). */
  closedAt: string | null;
  /** True when a referral of the question went to formal care (buurtteam, GP, mental health care…). */
  formalCare: boolean;
}

export interface ReferralFacts {
  status: string;
  respondedAt: string | null;
  closedAt: string | null;
}

const monthFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' });

/** Index 0–11 of the month in Utrecht in which the instant falls, or null when it is in another year. */
export function monthOf(iso: string | null, year: number): number | null {
  if (iso === null) return null;
  const [y, m] = monthFormat.format(new Date(iso)).split('-').map(Number);
  return y === year && m !== undefined ? m - 1 : null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const middle = sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return middle ?? null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Twelve buckets plus the whole year, filled by `pick`, summarised by `summarise`. */
function byMonth<T, V>(rows: readonly T[], year: number, pick: (row: T) => { at: string | null; value: V } | null) {
  const months: V[][] = Array.from({ length: 12 }, () => []);
  for (const row of rows) {
    const picked = pick(row);
    const month = picked === null ? null : monthOf(picked.at, year);
    if (picked !== null && month !== null) months[month]?.push(picked.value);
  }
  return { months, all: months.flat() };
}

type Buckets<V> = { months: V[][]; all: V[] };

/** One figure named `questions.<name>`, its catalog label `questions.figure.<name>`. */
function figure<V>(
  name: string,
  unit: ProcessFigure['unit'],
  buckets: Buckets<V>,
  summarise: (values: readonly V[]) => number | null,
): ProcessFigure {
  return {
    key: `questions.${name}`,
    label: `questions.figure.${name}`,
    unit,
    value: summarise(buckets.all),
    byMonth: buckets.months.map(summarise),
  };
}

const count = (values: readonly unknown[]) => values.length;

function shareInOrdinaryLife(values: readonly boolean[]): number | null {
  return values.length === 0 ? null : Math.round((100 * values.filter(Boolean).length) / values.length);
}

function medianHours(values: readonly number[]): number | null {
  const m = median(values);
  return m === null ? null : round1(m);
}

/**
 * Seed 002: "mijn gewone vragen in het leven hoeven niet opgelost te worden binnen de zorg".
 * A closed question counts as answered in ordinary life when none of its referrals went to
 * formal care; withdrawn questions do not count either way.
 */
export function questionFigures(questions: readonly QuestionFacts[], referrals: readonly ReferralFacts[], year: number): ProcessFigure[] {
  const asked = byMonth(questions, year, (q) => ({ at: q.createdAt, value: 1 }));
  const ordinary = byMonth(questions, year, (q) => (q.closedAt === null ? null : { at: q.closedAt, value: !q.formalCare }));
  const firstResponse = byMonth(questions, year, (q) =>
    q.firstResponseAt === null ? null : { at: q.createdAt, value: (Date.parse(q.firstResponseAt) - Date.parse(q.createdAt)) / 3_600_000 },
  );
  const accepted = byMonth(referrals, year, (r) =>
    r.respondedAt !== null && r.status !== 'declined' ? { at: r.respondedAt, value: 1 } : null,
  );
  const declined = byMonth(referrals, year, (r) => (r.status === 'declined' ? { at: r.respondedAt, value: 1 } : null));
  const closed = byMonth(referrals, year, (r) =>
    ['closed', 'scaled_up', 'scaled_down'].includes(r.status) ? { at: r.closedAt, value: 1 } : null,
  );
  return [
    figure('asked', 'count', asked, count),
    figure('answeredInOrdinaryLife', 'percent', ordinary, shareInOrdinaryLife),
    figure('medianFirstResponse', 'hours', firstResponse, medianHours),
    figure('referralsAccepted', 'count', accepted, count),
    figure('referralsDeclined', 'count', declined, count),
    figure('referralsClosed', 'count', closed, count),
  ];
}
