import { feedbackState, type HouseRules } from '../house-rules/house-rules.rules.ts';
import { isEnded, type Status } from '../lifecycle/lifecycle.rules.ts';

export interface DeskRow {
  id: string;
  status: Status;
  kind: string;
  createdAt: string;
  feedbackDueAt: string;
  heardBackAt: string | null;
  networkAnswer: string | null;
  openProposalId: string | null;
  candidates: number | null;
}

export interface DeskSections<T extends DeskRow> {
  toCheck: T[];
  networkCheck: T[];
  withoutCandidates: T[];
  near: T[];
  overdue: T[];
  toClose: T[];
  open: T[];
}

const waiting: readonly Status[] = ['new', 'checked', 'matching'];

export const deskSectionNames = ['overdue', 'near', 'toCheck', 'networkCheck', 'withoutCandidates', 'toClose', 'open'] as const;
export type DeskSectionName = (typeof deskSectionNames)[number];

/**
 * The desk stays one readable page however busy the district: each part shows its oldest
 * rows, the rest a page at a time. Looking for candidates costs a query per request, so the
 * desk does it for the oldest requests that wait.
 */
export const deskLimits = { rowsPerSection: 25, rowsPerPage: 50, candidateChecks: 20 } as const;

/** The waiting requests without a proposal whose candidates the desk looks up: the oldest. */
export function needsCandidateCheck<T extends DeskRow>(rows: readonly T[]): { checked: T[]; waiting: number } {
  const all = rows
    .filter((r) => waiting.includes(r.status) && r.openProposalId === null)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { checked: all.slice(0, deskLimits.candidateChecks), waiting: all.length };
}

/** One page of a part of the desk; a page past the end shows the last one. */
export function pageOf<T>(rows: readonly T[], page: number, size: number): { rows: T[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const shown = Math.min(Math.max(1, page), pageCount);
  return { rows: rows.slice((shown - 1) * size, shown * size), page: shown, pageCount };
}

/**
 * The coordinator's desk: what to check, which odd jobs wait for the network check, which
 * requests have no candidate, whose feedback deadline is near or past, what can be closed,
 * and everything open, oldest first.
 */
export function deskSections<T extends DeskRow>(rows: readonly T[], rules: HouseRules, now: Date): DeskSections<T> {
  const live = rows.filter((r) => !isEnded(r.status)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const state = (r: T) => feedbackState({ ...r, ended: false }, rules, now);
  return {
    toCheck: live.filter((r) => r.status === 'new'),
    networkCheck: live.filter(
      (r) => rules.networkCheckRequired && r.kind === 'odd_job' && r.networkAnswer === null && waiting.includes(r.status),
    ),
    withoutCandidates: live.filter((r) => waiting.includes(r.status) && r.openProposalId === null && r.candidates === 0),
    near: live.filter((r) => state(r) === 'near'),
    overdue: live.filter((r) => state(r) === 'overdue'),
    toClose: live.filter((r) => (r.status === 'done' || r.status === 'heard_back') && r.heardBackAt !== null),
    open: live,
  };
}

/** Whole days since a moment, for "waiting for 3 days". */
export function daysSince(iso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / 86_400_000));
}
