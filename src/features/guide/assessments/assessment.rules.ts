/** What an expert by experience assesses (seed 003 annex 2); each scores 3 good, 2 could be better, 1 not good. */
export const assessmentDimensions = ['physical', 'financial', 'welcome'] as const;
export type AssessmentDimension = (typeof assessmentDimensions)[number];

/** The word and symbol of a score, so it is never told by colour alone. */
export function scoreLevel(score: number): { level: 'good' | 'fair' | 'poor'; symbol: string } {
  if (score >= 3) return { level: 'good', symbol: '✔' };
  if (score === 2) return { level: 'fair', symbol: '●' };
  return { level: 'poor', symbol: '✘' };
}

/** A place counts as accessible on a dimension when its latest assessment says "good" there. */
export function passes(score: number | null): boolean {
  return score !== null && score >= 3;
}
