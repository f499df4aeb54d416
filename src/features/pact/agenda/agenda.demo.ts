import type { DemoContext } from '../partners/partners.demo.ts';
import data from './agenda.demo.json' with { type: 'json' };
import { insertVersion, markAdopted } from './agenda.repository.ts';
import { parseEuros, type ProjectStatus } from './agenda.rules.ts';
import { insertNote, insertProject, projectsOf, updateProject, type ProjectFields, type ProjectNote } from './projects.repository.ts';

interface DemoProject {
  title: string;
  challenges: string[];
  owners: string[];
  budget: string;
  budgetSource: string;
  status: ProjectStatus;
  /** What changed in the working version since the adoption. */
  since?: { status: ProjectStatus; budget?: string; note?: Omit<ProjectNote, 'id'> };
}

/** Oost's joint projects, from the instruments and meetings of seed 000 (§5, annex VI); budgets are examples. */
const demo = data as { adoptedOn: string; projects: DemoProject[]; added: DemoProject[] };

const fieldsOf = (c: DemoContext, p: DemoProject): ProjectFields => ({
  title: p.title,
  description: '',
  challenges: p.challenges,
  owners: p.owners.flatMap((o) => c.oostPartners.get(o) ?? []),
  budgetCents: parseEuros(p.budget),
  budgetSource: p.budgetSource,
  status: p.status,
});

/** The working version's copy of an adopted project, with what changed since. */
async function seedWorkingCopy(c: DemoContext, working: string, p: DemoProject, key: string | undefined): Promise<void> {
  const id = await insertProject(c.db, working, fieldsOf(c, p), c.at, key);
  if (p.since === undefined) return;
  const budgetCents = parseEuros(p.since.budget ?? p.budget);
  await updateProject(c.db, id, { ...fieldsOf(c, p), budgetCents, status: p.since.status }, c.at);
  if (p.since.note !== undefined) await insertNote(c.db, id, { ...p.since.note, notedOn: `${c.year}-${p.since.note.notedOn}` }, c.at);
}

/**
 * Version 1 adopted in March; the working version since then has one project running,
 * one with more budget and one new project, so the changes show against the adopted one.
 */
export async function seedDemoAgenda(c: DemoContext): Promise<void> {
  const adopted = await insertVersion(c.db, c.oost, c.year, 1, c.at);
  for (const p of demo.projects) await insertProject(c.db, adopted, fieldsOf(c, p), c.at);
  await markAdopted(c.db, adopted, `${c.year}-${demo.adoptedOn}`, null);
  const working = await insertVersion(c.db, c.oost, c.year, 2, c.at);
  const frozen = await projectsOf(c.db, c.oost, adopted);
  for (const p of demo.projects) await seedWorkingCopy(c, working, p, frozen.find((f) => f.title === p.title)?.key);
  for (const p of demo.added) await insertProject(c.db, working, fieldsOf(c, p), c.at);
}
