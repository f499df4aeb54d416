import type { Programme } from '../settings/settings.rules.ts';

/** Seed 000 §1: the four challenges of Oost, a–d. Seed 003 §3.3: the five strategic goals of Thuis in je Wijk. */
export const challengesOf: Readonly<Record<Programme, readonly string[]>> = {
  wijkpact: ['a', 'b', 'c', 'd'],
  thuis_in_je_wijk: ['g1', 'g2', 'g3', 'g4', 'g5'],
};

export const projectStatuses = ['planned', 'running', 'paused', 'done', 'stopped'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

/**
 * An amount in euros as people type it ("1500", "1.250,50", "€ 800", "2500.75") in cents;
 * null when it is not an amount. A dot followed by three digits groups thousands.
 */
export function parseEuros(input: string): number | null {
  const text = input.replace(/€|\s|eur(o's|os|o)?$/gi, '');
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+([.,]\d{1,2})?$/.test(text)) return null;
  const normal = /,\d{1,2}$/.test(text) || /\.\d{3}/.test(text) ? text.replace(/\./g, '').replace(',', '.') : text;
  const cents = Math.round(Number(normal) * 100);
  return Number.isSafeInteger(cents) && cents <= 1_000_000_000_00 ? cents : null;
}

export function euroInput(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

/** What a project looks like for comparing versions. */
export interface ProjectShape {
  key: string;
  title: string;
  description: string;
  challenges: readonly string[];
  owners: readonly string[];
  budgetCents: number | null;
  budgetSource: string;
  status: ProjectStatus;
}

type ProjectField = 'title' | 'description' | 'challenges' | 'owners' | 'budget' | 'status';

export interface ProjectChange {
  key: string;
  kind: 'added' | 'removed' | 'changed';
  fields: ProjectField[];
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

function changedFields(before: ProjectShape, after: ProjectShape): ProjectField[] {
  const fields: ProjectField[] = [];
  if (before.title !== after.title) fields.push('title');
  if (before.description !== after.description) fields.push('description');
  if (!sameSet(before.challenges, after.challenges)) fields.push('challenges');
  if (!sameSet(before.owners, after.owners)) fields.push('owners');
  if (before.budgetCents !== after.budgetCents || before.budgetSource !== after.budgetSource) fields.push('budget');
  if (before.status !== after.status) fields.push('status');
  return fields;
}

/** "Later changes show against it": how today's agenda differs from the adopted version. */
export function compareVersions(adopted: readonly ProjectShape[], current: readonly ProjectShape[]): ProjectChange[] {
  const before = new Map(adopted.map((p) => [p.key, p]));
  const changes: ProjectChange[] = [];
  for (const project of current) {
    const old = before.get(project.key);
    if (old === undefined) changes.push({ key: project.key, kind: 'added', fields: [] });
    else {
      const fields = changedFields(old, project);
      if (fields.length > 0) changes.push({ key: project.key, kind: 'changed', fields });
    }
  }
  const now = new Set(current.map((p) => p.key));
  for (const project of adopted) if (!now.has(project.key)) changes.push({ key: project.key, kind: 'removed', fields: [] });
  return changes;
}

/** An adopted version is kept as it was: nothing may be added to it, not even a progress note. */
export function refuseChange(version: { adoptedOn: string | null }): string | null {
  return version.adoptedOn === null ? null : 'pact.agenda.frozen';
}
