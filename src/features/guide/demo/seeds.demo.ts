/**
 * The demo guide of Oost, from the seeds: the signatories of Wijkpact Samen Oost (001) with
 * their roles and added value (000 annex III), the meeting places of 000 §7 and annex III,
 * the walk-in points and buurt networks of the Wijkcoöperatie (004). Contact persons and
 * phone numbers are visibly fictional; addresses and hours are examples.
 */
import type { OrganizationKind } from '../guide.tables.ts';

export interface DemoOrg {
  name: string;
  kind: OrganizationKind;
  description: string;
  website?: string;
  contact?: { name: string; title: string; for: string; phone: string };
}

export const demoOrganizations: DemoOrg[] = [
  {
    name: 'Hogeschool Utrecht',
    kind: 'education',
    description: 'Studenten en onderzoekers werken mee aan vragen uit de wijk, vanuit een leeromgeving.',
  },
  {
    name: 'ROC Midden Nederland',
    kind: 'education',
    description: 'Mbo-studenten bieden praktische ondersteuning in de wijk en werken in het Vitaliteitslab aan een gezonde leefstijl.',
  },
  {
    name: 'Gemeente Utrecht',
    kind: 'municipality',
    description: 'Wijkbureau Oost helpt bewonersinitiatieven met het Initiatievenfonds en zorgt voor duidelijke en samenhangende kaders.',
    contact: {
      name: 'Wijkadviseur Oost (demo)',
      title: 'Wijkbureau Oost',
      for: 'een bewonersinitiatief en het Initiatievenfonds',
      phone: '030 000 0001',
    },
  },
  { name: 'U Centraal', kind: 'welfare', description: 'Hulp bij geldzaken, formulieren en administratie, met getrainde vrijwilligers.' },
  {
    name: 'Diaconessenhuis',
    kind: 'care_provider',
    description: 'Ziekenhuis in de wijk; denkt mee over preventie en zorg dicht bij huis.',
  },
  {
    name: 'De Wilg',
    kind: 'other',
    description: 'Inloop en ontmoeting voor mensen die wat extra steun kunnen gebruiken. Iedereen is welkom voor een kop koffie.',
  },
  {
    name: 'Podium Oost',
    kind: 'resident_initiative',
    description:
      'Bewonersorganisatie met meer tijd om met bewoners in gesprek te gaan: talent en ervaringsdeskundigheid voor sociale en zingevende initiatieven, Podium Oost TV en wijkdebatten.',
    contact: {
      name: 'Jeroen Podium (demo)',
      title: 'Programmamaker',
      for: 'meedoen aan activiteiten, Podium Oost TV en wijkdebatten',
      phone: '030 000 0002',
    },
  },
  {
    name: 'Stichting Utrecht Oost Gezond',
    kind: 'care_provider',
    description:
      '(Para)medische basiszorg, zorg voor kwetsbare ouderen en jeugd, basis-ggz met ervaringsdeskundigen, steeds meer preventief en digitaal.',
    contact: {
      name: 'Praktijkondersteuner Oost (demo)',
      title: 'POH-ggz',
      for: 'zorgen over uw gezondheid of hoe u zich voelt',
      phone: '030 000 0003',
    },
  },
  {
    name: 'DOCK',
    kind: 'welfare',
    description:
      'Sociaal makelaar in Sterrenwijk, Lodewijk Napoleonplantsoen en Watervogelbuurt; sociaal beheerder van Sterrenzicht en speeltuin de Bloesem; steunt buurtinitiatieven en activiteiten voor kinderen tot 12 jaar.',
    contact: {
      name: 'Sam Opbouwwerker (demo)',
      title: 'Opbouwwerker',
      for: 'een idee voor de buurt, of activiteiten voor kinderen',
      phone: '030 000 0004',
    },
  },
  {
    name: 'Buurtteam Oost',
    kind: 'welfare',
    description:
      'Begeleiding op maat, kort of lang. U kunt hier terecht met vragen over echtscheiding, werkloosheid, opvoeden en opgroeien, huiselijk geweld, psychische problemen, schulden, eenzaamheid, overlast, onderwijs en verslaving.',
    contact: {
      name: 'Karim Buurtteam (demo)',
      title: 'Buurtteammedewerker',
      for: 'vragen over geld, opvoeden, eenzaamheid of zorg thuis',
      phone: '030 000 0005',
    },
  },
  { name: 'SportUtrecht', kind: 'sports', description: 'Sport en bewegen in de buurt, voor jong en oud.' },
  {
    name: 'Instituut Voor Vitaal Ondernemen',
    kind: 'social_entrepreneur',
    description: 'Sociaal ondernemer op het gebied van leefstijl en vitaliteit.',
  },
  { name: 'Academie Instituut', kind: 'education', description: 'Kennispartner voor leren in de wijk.' },
  {
    name: 'NIZU',
    kind: 'welfare',
    description: 'Netwerk Informele Zorg Utrecht: stedelijke diensten met getrainde vrijwilligers, aanvullend op wat bewoners zelf kunnen.',
    contact: {
      name: 'Mirjam Mantelzorg (demo)',
      title: 'Consulent informele zorg',
      for: 'mantelzorg, een maatje of vrijwillige hulp',
      phone: '030 000 0006',
    },
  },
  { name: 'PAZIO', kind: 'care_provider', description: 'Zorg en ondersteuning voor ouderen in Oost.' },
  { name: 'Buurtzorg Wilhelminapark e.o.', kind: 'care_provider', description: 'Wijkverpleging bij u thuis.' },
  { name: 'Wilhelminakerk', kind: 'faith', description: 'Kerk in de wijk met tijd voor een gesprek en een open huis.' },
  { name: 'Stichting Jou', kind: 'welfare', description: 'Activiteiten waarin jongeren hun talent ontdekken.' },
  {
    name: 'Wijkcoöperatie Oost voor Elkaar',
    kind: 'resident_initiative',
    description:
      'Zorgzame en veerkrachtige buurten voor en door bewoners: buurtnetwerken, Oost helpt (praktische hulp van buren), het wijkinformatiepunt en de krant Oost voor Elkaar.',
    contact: {
      name: 'Anouk Wijkinformatiepunt (demo)',
      title: 'Coördinerend vrijwilliger',
      for: 'alle vragen waarvan u niet weet waar u terecht kunt',
      phone: '030 000 0007',
    },
  },
];

export interface DemoPlace {
  name: string;
  owner: string | null;
  buurt: string;
  street: string;
  postalCode: string;
  meetingPlace: boolean;
  description: string;
  access: string;
  /** Opening hours as [days, opens, closes]. */
  open?: [string, string, string][];
  /** Latest assessment: physical, financial, welcome (3 good, 2 could be better, 1 not good). */
  assessed?: [number, number, number, string];
}

export const demoPlaces: DemoPlace[] = [
  {
    name: 'Podium Oost',
    owner: 'Podium Oost',
    buurt: 'oudwijk',
    street: 'Voorbeeldstraat 1',
    postalCode: '3581 AA',
    meetingPlace: true,
    description: 'Ontmoetingsplek en podium van bewoners, met de studio van Podium Oost TV. Hier zijn ook wijkbijeenkomsten.',
    access: 'Ingang zonder drempel. Invalidentoilet op de begane grond.',
    open: [['MO,TU,WE,TH,FR', '10:00', '17:00']],
    assessed: [3, 3, 3, 'Vriendelijke ontvangst, koffie is gratis.'],
  },
  {
    name: 'Sterrenzicht',
    owner: 'DOCK',
    buurt: 'sterrenwijk',
    street: 'Voorbeeldplein 2',
    postalCode: '3582 AB',
    meetingPlace: true,
    description: 'Buurthuis in Sterrenwijk, sociaal beheerd door DOCK. Plek voor activiteiten van en voor buurtbewoners.',
    access: 'Lift aanwezig. Zaal op de eerste verdieping.',
    open: [['MO,TU,WE,TH,FR', '09:00', '22:00']],
    assessed: [2, 3, 3, 'Lift is klein; wel hulp gevraagd en gekregen.'],
  },
  {
    name: 'De Wilg',
    owner: 'De Wilg',
    buurt: 'schildersbuurt',
    street: 'Voorbeeldlaan 3',
    postalCode: '3583 AC',
    meetingPlace: true,
    description: 'Inloop, dagbesteding en ontmoeting. Kom gewoon binnen voor koffie en een praatje.',
    access: 'Alles gelijkvloers.',
    open: [['MO,TU,WE,TH,FR', '09:30', '16:00']],
  },
  {
    name: 'Vitaliteitslab ROC Midden Nederland',
    owner: 'ROC Midden Nederland',
    buurt: 'de-uithof',
    street: 'Voorbeeldweg 4',
    postalCode: '3584 AD',
    meetingPlace: true,
    description: 'Lab van mbo-studenten voor gezonde leefstijl en vitaliteit; ook plek voor wijkbijeenkomsten.',
    access: 'Drempelvrij, met parkeerplaatsen voor mensen met een beperking.',
    open: [['TU,TH', '13:00', '17:00']],
  },
  {
    name: 'Praktijkschool Kranenburg',
    owner: null,
    buurt: 'rijnsweerd-noord',
    street: 'Voorbeeldhof 5',
    postalCode: '3584 AE',
    meetingPlace: true,
    description: 'School voor praktijkonderwijs die ruimte biedt voor wijkbijeenkomsten.',
    access: 'Ingang met hellingbaan.',
  },
  {
    name: 'Speeltuin de Bloesem',
    owner: 'DOCK',
    buurt: 'watervogelbuurt',
    street: 'Voorbeeldpad 6',
    postalCode: '3582 AF',
    meetingPlace: true,
    description: 'Speeltuin met clubhuis, sociaal beheerd door DOCK. Ouders en kinderen ontmoeten elkaar hier.',
    access: 'Verharde paden; het clubhuis heeft een drempel.',
    open: [['WE,SA', '13:00', '17:00']],
    assessed: [2, 3, 2, 'Gratis. Als nieuwe ouder moest ik zelf het gesprek beginnen.'],
  },
  {
    name: 'Wijkinformatiepunt Oost',
    owner: 'Wijkcoöperatie Oost voor Elkaar',
    buurt: 'lodewijk-napoleonplantsoen',
    street: 'Voorbeeldstraat 7',
    postalCode: '3582 AG',
    meetingPlace: false,
    description: 'Laagdrempelig inlooppunt van bewoners: hier kunt u met elke vraag terecht.',
    access: 'Drempelvrij.',
  },
  {
    name: 'Buurtteam Oost, kantoor',
    owner: 'Buurtteam Oost',
    buurt: 'abstede',
    street: 'Voorbeeldkade 8',
    postalCode: '3581 AH',
    meetingPlace: false,
    description: 'Kantoor van Buurtteam Oost, met een inloopspreekuur.',
    access: 'Lift aanwezig.',
    open: [['MO,TU,WE,TH,FR', '08:30', '17:00']],
  },
  {
    name: 'Wilhelminakerk',
    owner: 'Wilhelminakerk',
    buurt: 'wilhelminapark',
    street: 'Voorbeeldsingel 9',
    postalCode: '3581 AJ',
    meetingPlace: true,
    description: 'Kerk met een open huis voor iedereen uit de buurt.',
    access: 'Een kleine drempel bij de zij-ingang.',
  },
];

export interface DemoService {
  org: string;
  name: string;
  description: string;
  themes: string[];
  forWhom: string[];
  informal?: boolean;
  cost?: ['free'] | ['ask'] | ['amount', number, string];
  places?: string[];
  buurten?: string[];
  /** Hours as [kind, days, opens, closes], or a monthly rule with "1TU"-style days. */
  hours?: ['walk_in' | 'consultation' | 'opening', string, string, string][];
  languages?: string[];
  eligibility?: string;
}

export const demoServices: DemoService[] = [
  {
    org: 'Buurtteam Oost',
    name: 'Begeleiding op maat door het buurtteam',
    description:
      'Samen met u kijken we wat er nodig is, kort of langer. Als het past, verwijzen we naar bewonersinitiatieven, informele zorg of specialistische zorg.',
    themes: ['geld', 'opvoeden', 'contact', 'wonen', 'gezondheid', 'preventie', 'gewoon-leven'],
    forWhom: ['iedereen', 'ouders', 'psychisch'],
    places: ['Buurtteam Oost, kantoor'],
    hours: [['walk_in', 'TU,TH', '09:00', '12:00']],
    languages: ['nl', 'en', 'ar', 'tr'],
  },
  {
    org: 'Wijkcoöperatie Oost voor Elkaar',
    name: 'Oost helpt: praktische hulp van buren',
    description:
      'Een buurtgenoot helpt u gratis met wandelen, een praatje thuis, boodschappen of het afval wegbrengen. Persoonlijk contact staat centraal.',
    themes: ['praktisch', 'contact', 'cohesie', 'omgeving'],
    forWhom: ['ouderen', 'iedereen'],
    informal: true,
    eligibility: 'Voor bewoners die geen beroep kunnen doen op familie, vrienden of buren.',
  },
  {
    org: 'Wijkcoöperatie Oost voor Elkaar',
    name: 'Klussendienst van Oost helpt',
    description:
      'Vrijwilligers uit uw buurt helpen met kleine reparaties, de tuin of vervoer. Een klus duurt hooguit 2 uur. Binnen een week hoort u van ons. Voor grote klussen verwijzen we naar sociaal ondernemers.',
    themes: ['praktisch', 'cohesie'],
    forWhom: ['iedereen'],
    informal: true,
    cost: ['amount', 450, 'per uur, contant aan de vrijwilliger'],
    eligibility: 'Voor bewoners die geen beroep kunnen doen op familie, vrienden of buren.',
  },
  {
    org: 'Wijkcoöperatie Oost voor Elkaar',
    name: 'Wijkinformatiepunt: inloop met al uw vragen',
    description: 'Weet u niet waar u terecht kunt? Loop binnen. Bewoners helpen u verder en brengen u in contact met de juiste persoon.',
    themes: ['contact', 'digitaal', 'gewoon-leven', 'preventie'],
    forWhom: ['iedereen', 'nieuwkomers'],
    informal: true,
    places: ['Wijkinformatiepunt Oost'],
    hours: [
      ['walk_in', 'MO,WE,FR', '10:00', '12:30'],
      ['consultation', '1TU', '14:00', '16:00'],
    ],
  },
  {
    org: 'Wijkcoöperatie Oost voor Elkaar',
    name: 'Digitaal spreekuur: hulp met computer, telefoon en formulieren',
    description: 'Hulp bij online formulieren, DigiD, e-mail en apps. Neem uw telefoon of laptop mee.',
    themes: ['digitaal', 'geld', 'talent'],
    forWhom: ['ouderen', 'iedereen'],
    informal: true,
    places: ['Wijkinformatiepunt Oost'],
    hours: [['consultation', 'WE', '13:30', '15:30']],
  },
  {
    org: 'Wijkcoöperatie Oost voor Elkaar',
    name: 'Repair Café Oost',
    description: 'Samen repareren met buurtgenoten: fietsreparatie, kleding, lampen en kleine apparaten. Koffie staat klaar in het café.',
    themes: ['praktisch', 'ontmoeten', 'talent', 'cohesie'],
    forWhom: ['iedereen'],
    informal: true,
    places: ['Podium Oost'],
    hours: [['opening', '1SA', '10:00', '13:00']],
  },
  {
    org: 'DOCK',
    name: 'Activiteiten voor kinderen in speeltuin de Bloesem',
    description: 'Spelen, knutselen en sporten voor kinderen tot 12 jaar, in de vreedzame wijk.',
    themes: ['ontmoeten', 'opvoeden', 'cohesie'],
    forWhom: ['kinderen', 'ouders'],
    places: ['Speeltuin de Bloesem'],
    hours: [['opening', 'WE,SA', '13:00', '17:00']],
  },
  {
    org: 'DOCK',
    name: 'Steun bij een buurtinitiatief',
    description: 'Heeft u een idee voor uw buurt? De opbouwwerker denkt mee en helpt u op weg.',
    themes: ['cohesie', 'meedoen', 'ontmoetingsplekken'],
    forWhom: ['iedereen'],
    buurten: ['sterrenwijk', 'lodewijk-napoleonplantsoen', 'watervogelbuurt'],
    places: ['Sterrenzicht'],
    hours: [['consultation', 'TU', '10:00', '12:00']],
  },
  {
    org: 'NIZU',
    name: 'Maatje: samen naar een nieuwe plek',
    description: 'Een getrainde vrijwilliger gaat met u mee naar een ontmoetingsplek of activiteit die nieuw voor u is.',
    themes: ['contact', 'ontmoetingsplekken', 'toegankelijk', 'mantelzorg'],
    forWhom: ['psychisch', 'nah', 'lvb', 'dakloosheid', 'ouderen'],
    informal: true,
  },
  {
    org: 'NIZU',
    name: 'Steun voor mantelzorgers',
    description: 'Een luisterend oor, informatie en af en toe een vrijwilliger die de zorg overneemt.',
    themes: ['mantelzorg', 'contact'],
    forWhom: ['mantelzorgers'],
  },
  {
    org: 'Stichting Utrecht Oost Gezond',
    name: 'Basis-ggz met ervaringsdeskundigen',
    description: 'Gesprekken bij somberheid, stress of angst, in de praktijk van uw huisarts. Ervaringsdeskundigen denken mee.',
    themes: ['gezondheid', 'leefstijl', 'samenwerking'],
    forWhom: ['psychisch', 'jongeren', 'iedereen'],
    cost: ['ask'],
    eligibility: 'Via uw huisarts.',
  },
  {
    org: 'Podium Oost',
    name: 'Podium Oost TV en wijkdebatten',
    description: 'Maak mee aan het tv-kanaal van de wijk of praat mee in een wijkdebat. Uw talent is welkom.',
    themes: ['meedoen', 'talent', 'ontmoeten'],
    forWhom: ['iedereen', 'jongeren'],
    informal: true,
    places: ['Podium Oost'],
    hours: [['walk_in', 'TH', '19:00', '21:00']],
  },
  {
    org: 'ROC Midden Nederland',
    name: 'Vitaliteitslab: gezond bewegen en eten',
    description: 'Studenten meten samen met u hoe fit u bent en geven tips voor bewegen en eten.',
    themes: ['bewegen', 'leefstijl', 'gezondheid'],
    forWhom: ['iedereen', 'ouderen'],
    places: ['Vitaliteitslab ROC Midden Nederland'],
    hours: [['walk_in', 'TU', '13:00', '16:00']],
  },
  {
    org: 'Hogeschool Utrecht',
    name: 'Buurtcampus: studenten helpen bij langdurige vragen',
    description: 'Voor vragen die langer duren zetten we studenten in, met begeleiding door bewoners en professionals.',
    themes: ['meedoen', 'talent', 'praktisch'],
    forWhom: ['iedereen', 'studenten'],
  },
  {
    org: 'SportUtrecht',
    name: 'Buurtsport voor jong en oud',
    description: 'Elke week bewegen in de buurt, zonder lidmaatschap.',
    themes: ['bewegen', 'leefstijl', 'ontmoeten'],
    forWhom: ['kinderen', 'jongeren', 'ouderen'],
    places: ['Sterrenzicht'],
    hours: [['opening', 'MO', '16:00', '17:30']],
  },
  {
    org: 'U Centraal',
    name: 'Hulp bij geldzaken en administratie',
    description: 'Een vrijwilliger helpt u thuis met post, rekeningen en schulden voorkomen.',
    themes: ['geld', 'digitaal', 'preventie'],
    forWhom: ['iedereen'],
  },
  {
    org: 'De Wilg',
    name: 'Koffie-inloop bij De Wilg',
    description: 'Elke ochtend koffie, een krant en mensen om mee te praten. Niets hoeft.',
    themes: ['contact', 'ontmoeten', 'ontmoetingsplekken'],
    forWhom: ['psychisch', 'dakloosheid', 'iedereen'],
    places: ['De Wilg'],
    hours: [['walk_in', 'MO,TU,WE,TH,FR', '09:30', '11:30']],
  },
  {
    org: 'Wilhelminakerk',
    name: 'Open huis in de Wilhelminakerk',
    description: 'Soep, koffie en een goed gesprek, met wie u maar wilt.',
    themes: ['contact', 'ontmoeten'],
    forWhom: ['iedereen', 'ouderen'],
    informal: true,
    places: ['Wilhelminakerk'],
    hours: [['walk_in', '-1FR', '12:00', '14:00']],
  },
  {
    org: 'Gemeente Utrecht',
    name: 'Initiatievenfonds voor bewonersinitiatieven',
    description: 'Wijkbureau Oost helpt met geld en advies voor uw initiatief in de buurt.',
    themes: ['cohesie', 'meedoen'],
    forWhom: ['iedereen'],
  },
  {
    org: 'Buurtzorg Wilhelminapark e.o.',
    name: 'Wijkverpleging thuis',
    description: 'Verpleging en verzorging bij u thuis, door een klein team uit de buurt.',
    themes: ['gezondheid'],
    forWhom: ['ouderen'],
    cost: ['ask'],
    eligibility: 'Na een indicatie van de wijkverpleegkundige.',
  },
];
