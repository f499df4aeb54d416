import { needs, type Need } from './gap.rules.ts';

/**
 * The kinds of question a needs survey has: choose one, choose several, a scale of 1 to 5,
 * open text, and "needs": choose several from the kinds of help (the guide's themes), so
 * the answers can be set against what the buurt offers (gap.rules.ts).
 */
export const questionKinds = ['needs', 'one', 'several', 'scale', 'open'] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const scaleValues = ['1', '2', '3', '4', '5'] as const;

export interface Question {
  id: string;
  kind: QuestionKind;
  text: string;
  /** The labels of a "one" or "several" question; empty for the others. */
  options: string[];
}

export function isQuestionKind(value: string): value is QuestionKind {
  return (questionKinds as readonly string[]).includes(value);
}

/** The values an answer to the question may hold: an option's number, a scale value or a need. */
export function allowedValues(question: Pick<Question, 'kind' | 'options'>): readonly string[] {
  if (question.kind === 'needs') return needs;
  if (question.kind === 'scale') return scaleValues;
  return question.options.map((_o, i) => String(i));
}

const MIN_OPTIONS = 2;
const MAX_OPTIONS = 12;

/** A question's options: one per line, blank lines dropped; a choice needs at least two. */
export function optionsOf(kind: QuestionKind, lines: string | null): { options: string[] } | { problem: string } {
  const options = (lines ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (kind !== 'one' && kind !== 'several') return { options: [] };
  if (options.length < MIN_OPTIONS) return { problem: 'cooperative.surveys.question.fewOptions' };
  if (options.length > MAX_OPTIONS) return { problem: 'cooperative.surveys.question.manyOptions' };
  if (options.some((o) => o.length > 120)) return { problem: 'cooperative.surveys.question.longOption' };
  return { options };
}

/** Online answers are taken from the first to the last day; paper forms may still be typed in after it closes. */
export function refuseAnswer(period: { opensOn: string; closesOn: string }, today: string, source: 'online' | 'paper'): string | null {
  if (today < period.opensOn) return 'cooperative.surveys.answer.notOpen';
  if (source === 'online' && today > period.closesOn) return 'cooperative.surveys.answer.closed';
  return null;
}

export function refusePeriod(opensOn: string, closesOn: string): string | null {
  return closesOn < opensOn ? 'cooperative.surveys.closesBeforeOpen' : null;
}

/**
 * Fewer answers than this, to a question or for one option, are not shown as a number:
 * in a small buurt "2 people chose X" could point at a neighbour.
 */
export const SMALL = 5;

export interface OptionCount {
  value: string;
  /** Null when suppressed (a small number). */
  count: number | null;
  /** Share of the people who answered the question, 0–100; null when suppressed. */
  share: number | null;
}

export interface QuestionResult {
  answered: number;
  /** Too few answers to show anything of this question. */
  tooFew: boolean;
  options: OptionCount[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Counts per value of one question (each response holds the values it chose) with its
 * share of those who answered. Counts from 1 to SMALL−1 are suppressed; when one option of a
 * "choose one" question would be the only suppressed one, the next smallest is suppressed too,
 * so the hidden number cannot be worked out from the total.
 */
export function aggregate(question: Pick<Question, 'kind' | 'options'>, responses: readonly (readonly string[])[]): QuestionResult {
  const given = responses.filter((values) => values.length > 0);
  const answered = given.length;
  const values = allowedValues(question);
  const counts = values.map((value) => ({ value, n: given.filter((chosen) => chosen.includes(value)).length }));
  if (answered < SMALL) return { answered, tooFew: true, options: counts.map((c) => ({ value: c.value, count: null, share: null })) };
  const hidden = new Set(counts.filter((c) => c.n > 0 && c.n < SMALL).map((c) => c.value));
  if (question.kind !== 'several' && question.kind !== 'needs' && hidden.size === 1) {
    const next = counts.filter((c) => c.n > 0 && !hidden.has(c.value)).sort((a, b) => a.n - b.n)[0];
    if (next !== undefined) hidden.add(next.value);
  }
  return {
    answered,
    tooFew: false,
    options: counts.map((c) =>
      hidden.has(c.value)
        ? { value: c.value, count: null, share: null }
        : { value: c.value, count: c.n, share: round1((c.n / answered) * 100) },
    ),
  };
}

/** How many people chose each need, over every needs question of the survey(s), per response at most once. */
export function needCounts(responses: readonly (readonly string[])[]): Map<Need, number> {
  const counts = new Map<Need, number>();
  for (const chosen of responses)
    for (const need of new Set(chosen)) if (needs.includes(need as Need)) counts.set(need as Need, (counts.get(need as Need) ?? 0) + 1);
  return counts;
}

/** Questions change only while no answer came in: after that, earlier answers would no longer fit their question. */
export function refuseQuestionChange(responses: number): string | null {
  return responses > 0 ? 'cooperative.surveys.question.answered' : null;
}

/** The question ids in their new order after moving one a place up or down; unchanged at either end or for an unknown id. */
export function moved(ids: readonly string[], id: string, direction: 'up' | 'down'): string[] {
  const order = [...ids];
  const from = order.indexOf(id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from === -1 || to < 0 || to >= order.length) return order;
  [order[from], order[to]] = [order[to] ?? id, id];
  return order;
}
