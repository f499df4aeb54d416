import type { MigrationDb } from '../../../platform/db/migrator.ts';
import { derivedId } from '../model/ids.ts';

type Term = [code: string, name: string, children?: [string, string][]];

/**
 * The guide's taxonomies, as HSDS taxonomy terms with stable ids. "Thema's" holds the kinds
 * of question of the meterkastkaart ("Waar kan ik terecht met…"), the four challenges of
 * Wijkpact Samen Oost (seed 000 §1) and the five goals of Thuis in je Wijk (seed 003 §3.3).
 */
const taxonomies: { code: string; name: string; description: string; terms: Term[] }[] = [
  {
    code: 'thema',
    name: "Thema's",
    description: 'Waar een aanbod bij helpt: soorten vragen, de opgaven van Wijkpact Samen Oost en de doelen van Thuis in je Wijk.',
    terms: [
      [
        'vraag',
        'Waar kan ik terecht met…',
        [
          ['geld', 'Geld en schulden'],
          ['contact', 'Contact, eenzaamheid en iemand om mee te praten'],
          ['praktisch', 'Praktische hulp in en om het huis'],
          ['gezondheid', 'Gezondheid en zorg'],
          ['opvoeden', 'Opvoeden en opgroeien'],
          ['wonen', 'Wonen, buren en overlast'],
          ['meedoen', 'Werk, leren en meedoen'],
          ['bewegen', 'Sport en bewegen'],
          ['mantelzorg', 'Mantelzorg'],
          ['digitaal', 'Hulp met computer, telefoon en formulieren'],
          ['ontmoeten', 'Ontmoeten en activiteiten'],
        ],
      ],
      [
        'opgave',
        'Opgaven van Wijkpact Samen Oost',
        [
          ['cohesie', 'Meer sociale cohesie en informele zorg voor elkaar'],
          ['preventie', 'Laagdrempelig en preventief werken'],
          ['talent', 'Zelf- en talentontwikkeling'],
          ['leefstijl', 'Gezonde leefstijl en positieve gezondheid'],
        ],
      ],
      [
        'doel',
        'Doelen van Thuis in je Wijk',
        [
          ['gewoon-leven', 'Vragen worden vaker opgelost in het gewone leven'],
          ['omgeving', 'Inwoners ervaren beter contact met hun omgeving'],
          ['ontmoetingsplekken', 'Ontmoetingsplekken in de wijk worden beter bezocht'],
          ['toegankelijk', 'Activiteiten en (vrijwilligers)werk zijn beter toegankelijk'],
          ['samenwerking', 'Zorgpartijen werken gelijkwaardig samen met de sociale basis'],
        ],
      ],
    ],
  },
  {
    code: 'voor-wie',
    name: 'Voor wie',
    description: 'Voor wie een aanbod bedoeld is.',
    terms: [
      ['iedereen', 'Iedereen'],
      ['kinderen', 'Kinderen'],
      ['jongeren', 'Jongeren'],
      ['ouders', 'Ouders'],
      ['ouderen', 'Ouderen'],
      ['mantelzorgers', 'Mantelzorgers'],
      ['psychisch', 'Mensen met een psychische kwetsbaarheid'],
      ['nah', 'Mensen met niet-aangeboren hersenletsel'],
      ['lvb', 'Mensen met een licht verstandelijke beperking'],
      ['dakloosheid', 'Mensen met een verleden in dakloosheid'],
      ['nieuwkomers', 'Nieuwe bewoners en nieuwkomers'],
      ['studenten', 'Studenten'],
    ],
  },
  {
    code: 'organisatie',
    name: 'Soort organisatie',
    description: 'Wat voor organisatie het is.',
    terms: [
      ['partner', 'Wijkpartner'],
      ['resident_initiative', 'Bewonersinitiatief'],
      ['social_entrepreneur', 'Sociaal ondernemer'],
      ['care_provider', 'Zorg'],
      ['welfare', 'Welzijn'],
      ['municipality', 'Gemeente'],
      ['education', 'Onderwijs en kennis'],
      ['faith', 'Kerk en levensbeschouwing'],
      ['sports', 'Sport'],
      ['other', 'Anders'],
    ],
  },
  {
    code: 'kenmerk',
    name: 'Wijkportaal-kenmerken',
    description: 'Kenmerken die Wijkportaal in HSDS als attribuut meegeeft.',
    terms: [
      ['opening', 'Openingstijden'],
      ['walk_in', 'Inloop'],
      ['consultation', 'Spreekuur'],
      ['exception_closed', 'Uitzondering: gesloten'],
      ['exception_changed', 'Uitzondering: andere tijden'],
      ['informal', 'Informeel aanbod'],
      ['meeting_place', 'Ontmoetingsplek'],
      ['contact_for', 'Waarvoor u deze persoon belt'],
      ['buurt', 'Buurt'],
      ['verified', 'Laatst nagekeken op'],
    ],
  },
];

export async function up(db: MigrationDb): Promise<void> {
  for (const taxonomy of taxonomies) {
    const taxonomyId = derivedId('taxonomy', taxonomy.code);
    await db
      .insertInto('taxonomies')
      .values({ id: taxonomyId, name: taxonomy.name, description: taxonomy.description, uri: null, version: '1' })
      .execute();
    let position = 0;
    const insert = (code: string, name: string, parentId: string | null) =>
      db
        .insertInto('taxonomy_terms')
        .values({
          id: derivedId('term', taxonomy.code, code),
          taxonomy_id: taxonomyId,
          parent_id: parentId,
          code,
          name,
          description: '',
          position: position++,
        })
        .execute();
    for (const [code, name, children] of taxonomy.terms) {
      await insert(code, name, null);
      for (const [childCode, childName] of children ?? []) await insert(childCode, childName, derivedId('term', taxonomy.code, code));
    }
  }
}
