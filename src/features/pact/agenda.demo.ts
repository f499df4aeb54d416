import {
  insertNote,
  insertProject,
  insertVersion,
  markAdopted,
  projectsOf,
  updateProject,
  type ProjectFields,
} from './agenda.repository.ts';
import { parseEuros, type ProjectStatus } from './agenda.rules.ts';
import type { DemoContext } from './partners.demo.ts';

type DemoProject = [title: string, challenges: string[], owners: string[], budget: string, source: string, status: ProjectStatus];

/** Oost's joint projects, from the instruments and meetings of seed 000 (§5, annex VI); budgets are examples. */
const oostProjects: readonly DemoProject[] = [
  [
    'Wijkportaal en digitale hulp',
    ['b'],
    ['Wijkcoöperatie Oost voor Elkaar', 'Stichting Utrecht Oost Gezond', 'ROC Midden Nederland'],
    '15.000',
    'Buurtbudget Oost',
    'planned',
  ],
  ['Buurtcampus: studenten in de wijk', ['c'], ['Hogeschool Utrecht', 'ROC Midden Nederland'], '12.000', 'Onderwijspartners', 'planned'],
  ['Gezondheidsevenement Oost', ['d'], ['Stichting Utrecht Oost Gezond', 'SportUtrecht'], '5.000', 'Initiatievenfonds', 'planned'],
  [
    'Buurtnetwerken in Sterrenwijk, Napoleonplantsoen en Watervogelbuurt',
    ['a', 'b'],
    ['DOCK', 'Wijkcoöperatie Oost voor Elkaar'],
    '8.000',
    'Wijkbureau Oost',
    'planned',
  ],
  [
    'Meterkastkaart en jaarlijks overzicht voor bewoners',
    ['a', 'b'],
    ['Wijkcoöperatie Oost voor Elkaar', 'Buurtteam Oost'],
    '2.500',
    'Wijkbureau Oost',
    'planned',
  ],
];

const fieldsOf = (c: DemoContext, [title, challenges, owners, budget, source, status]: DemoProject): ProjectFields => ({
  title,
  description: '',
  challenges,
  owners: owners.flatMap((o) => c.oostPartners.get(o) ?? []),
  budgetCents: parseEuros(budget),
  budgetSource: source,
  status,
});

/**
 * Version 1 adopted in March; the working version since then has one project running,
 * one with more budget and one new project, so the changes show against the adopted one.
 */
export async function seedDemoAgenda(c: DemoContext): Promise<void> {
  const adopted = await insertVersion(c.db, c.oost, c.year, 1, c.at);
  for (const p of oostProjects) await insertProject(c.db, adopted, fieldsOf(c, p), c.at);
  await markAdopted(c.db, adopted, `${c.year}-03-10`, null);
  const working = await insertVersion(c.db, c.oost, c.year, 2, c.at);
  const frozen = await projectsOf(c.db, adopted);
  for (const [index, p] of oostProjects.entries()) {
    const key = frozen.find((f) => f.title === p[0])?.key;
    const id = await insertProject(c.db, working, fieldsOf(c, p), c.at, key);
    if (index === 0) {
      await updateProject(c.db, id, { ...fieldsOf(c, p), status: 'running' }, c.at);
      await insertNote(
        c.db,
        id,
        {
          notedOn: `${c.year}-05-15`,
          text: 'Studenten geven elke dinsdag digitale hulp in het wijkinformatiepunt.',
          authorName: 'Femke Coördinator (demo)',
        },
        c.at,
      );
    }
    if (index === 2) await updateProject(c.db, id, { ...fieldsOf(c, p), budgetCents: parseEuros('7.500'), status: 'running' }, c.at);
  }
  await insertProject(
    c.db,
    working,
    fieldsOf(c, ['Maatjes die meegaan naar een ontmoetingsplek', ['a'], ['NIZU', 'DOCK'], '3.000', 'Initiatievenfonds', 'planned']),
    c.at,
  );
}
