import type { DemoContext } from './partners.demo.ts';
import { insertCoreMember, insertLonglistItem, insertPlanAction, insertWorkgroup } from './tijw.repository.ts';

/** Seed 003 annex 3: the core teams, with visibly fictional quartermasters. */
const coreTeams: Readonly<Record<string, readonly string[]>> = {
  noordwest: [
    'Leger des Heils',
    'DOCK',
    'NIZU',
    'Oog voor Utrecht',
    'De Tussenvoorziening',
    'Bij Boschardt',
    'De Kracht van Zuilen',
    'Doen en Laten',
    'Gemeente Utrecht',
    'De Wilg (Ondiep)',
    'Lister',
    'Amerpoort',
    'AB spectrum',
    'Buurtteam Sociaal',
    'Abrona',
  ],
  overvecht: [
    'Samen voor Overvecht',
    'Buurtteam Sociaal',
    'Lister',
    'Overvecht Gezond',
    'Gemeente Utrecht',
    'De Wilg',
    'Power by Peers',
    'Doen en Laten',
    'InteraktContour',
    'Handje Helpen',
    'NIZU',
    'DOCK',
  ],
  kanaleneiland: [
    'Humanitas',
    'Lister',
    'Basmah',
    'DOCK',
    'Partner in zorg',
    'Indigo',
    'Buurtzorg Nederland',
    'Bij Boschardt',
    'Buurtteam Sociaal',
    'NIZU',
    'Sport Utrecht',
    'Stichting Al Amal',
    'InteraktContour',
    'Taal doet Meer',
    'Power by Peers',
    'Wij 3.0',
  ],
  'leidsche-rijn': [
    'Philadelphia',
    'Lister',
    'DOCK',
    'NIZU',
    'Handje Helpen',
    'Utrecht Natuurlijk',
    'Profs NAH',
    'In de kern gezond',
    'De Tussenvoorziening',
    'Gemeente Utrecht',
    'Buurtteam Sociaal',
    'Doen en Laten',
    'InteraktContour',
  ],
};

/** Seed 003 §4 and annex 3: the work groups that support the districts. */
const workgroups: readonly [string, string, string][] = [
  [
    'DOEN in de wijk',
    'Ondersteunen van de kwartiermakers door ervaringen uit te wisselen en van elkaar te leren.',
    'DOCK, Lister, NIZU, gemeente, de kwartiermakers',
  ],
  [
    'Bevorderen kennis en vaardigheden',
    'Samen trainingen en workshops ontwikkelen en bundelen voor professionals en vrijwilligers.',
    'Lister, Abrona, Humanitas, De Wilg, gemeente',
  ],
  [
    'Communicatie',
    'Communicatiemiddelen ontwikkelen en bestaande kanalen inzetten.',
    'Humanitas, NIZU, Abrona, Leger des Heils, De Tussenvoorziening, Buurtteams sociaal, Wij 3.0, gemeente',
  ],
  [
    'Onderzoek en monitoring',
    'Informatie bij elkaar brengen en de voortgang op de doelen volgen; bevindingen delen en zo nodig opschalen.',
    'Leger des Heils, Lister, Universiteit voor Humanistiek, Meetellen, gemeente',
  ],
];

/** Seed 003 annex 2: first ideas for actions per goal. */
const actions: readonly [string, number[], string][] = [
  ['Ervaringsdeskundigen helpen bij het formuleren van brieven', [1], 'Lister'],
  ['Welkomstboekje en wegwijzer voor nieuwe bewoners', [2], 'DOCK'],
  ['Ontmoetingsplekken laten testen door ervaringsdeskundigen', [3], 'Meetellen'],
  ['Maatjes gaan mee naar een nieuwe plek of activiteit', [3, 4], 'Handje Helpen'],
  ['Scherp bepalen wat echt door de aanvullende zorg gedaan moet worden', [5], 'Buurtteams sociaal'],
];

/** Example activities for the longlist, checked against the four conditions of seed 003 §4.4. */
const longlist: readonly [string, string, number[], boolean, boolean][] = [
  ['Buurtkamer met ambulant begeleiders en sociaal makelaar', 'DOCK, Lister, De Wilg', [2, 3, 5], true, true],
  ['Wekelijkse buurtmaaltijd met maatjes', 'Handje Helpen, DOCK', [2, 3], false, true],
  ['Wijkcollege over samenwerken met de sociale basis', 'Buurtteams sociaal', [5], true, false],
];

export async function seedDemoTijw(c: DemoContext): Promise<void> {
  for (const district of c.tijw) {
    await insertCoreMember(
      c.db,
      district.id,
      { name: `Kwartiermaker ${district.name} (demo)`, organizationName: 'DOCK', isQuartermaster: true },
      '2023-09-01',
    );
    for (const org of coreTeams[district.slug] ?? [])
      await insertCoreMember(c.db, district.id, { name: '', organizationName: org, isQuartermaster: false }, '2023-09-01');
    for (const [group, task, members] of workgroups) await insertWorkgroup(c.db, district.id, { name: group, task, members });
    for (const [title, goals, owner] of actions)
      await insertPlanAction(c.db, district.id, { title, description: '', goals, owner, status: 'running' }, c.at);
    for (const [title, partners, goals, newWay, tracks] of longlist) {
      await insertLonglistItem(
        c.db,
        district.id,
        { title, description: '', partners, goals, newWayOfWorking: newWay, partnersFromSeveralTracks: tracks },
        c.at,
      );
    }
  }
}
