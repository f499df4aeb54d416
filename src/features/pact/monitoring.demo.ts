import { insertIndicator, saveValue } from './monitoring.repository.ts';
import type { Better, IndicatorUnit } from './monitoring.rules.ts';
import type { DemoContext } from './partners.demo.ts';

interface DemoIndicator {
  name: string;
  definition: string;
  unit: IndicatorUnit;
  better: Better;
  source: string;
  values: [number, number][];
  /** Seed 000 §4: the pact's result for 2024, the end of its term. */
  target?: [number, number];
}

const gm2018 = 'Gezondheidsmonitor 2018 (wijkpact Samen Oost, bijlage I)';
const be2019 = 'Bewonersenquête 2019 (wijkpact Samen Oost, bijlage I)';

/** Seed 000 annex I with the results of §4: cohesion from 6.4 to at least 7; turn loneliness, carers' burden, debts, overweight and lack of self-direction; keep health. */
const oost: readonly DemoIndicator[] = [
  {
    name: 'Sociale cohesie',
    definition: 'Rapportcijfer dat bewoners geven voor de sociale cohesie in hun buurt.',
    unit: 'grade',
    better: 'higher',
    source: be2019,
    values: [[2019, 6.4]],
    target: [7, 2024],
  },
  {
    name: 'Ernstig eenzaam (volwassenen)',
    definition: 'Deel van de volwassenen dat zich ernstig eenzaam voelt.',
    unit: 'percent',
    better: 'lower',
    source: gm2018,
    values: [[2018, 9]],
    target: [9, 2024],
  },
  {
    name: 'Ernstig eenzaam (ouderen)',
    definition: 'Deel van de 65-plussers dat zich ernstig eenzaam voelt.',
    unit: 'percent',
    better: 'lower',
    source: gm2018,
    values: [[2018, 12]],
    target: [12, 2024],
  },
  {
    name: 'Mantelzorg ervaren als zwaar (ouderen)',
    definition: 'Deel van de 65-plussers dat mantelzorg als zwaar ervaart: overbelaste mantelzorgers.',
    unit: 'percent',
    better: 'lower',
    source: gm2018,
    values: [[2018, 17]],
    target: [17, 2024],
  },
  {
    name: 'Moeite met rondkomen (volwassenen)',
    definition: 'Deel van de volwassenen dat moeite heeft om rond te komen.',
    unit: 'percent',
    better: 'lower',
    source: gm2018,
    values: [[2018, 25]],
    target: [25, 2024],
  },
  {
    name: 'Maakt schulden',
    definition: 'Deel van de bewoners dat schulden maakt.',
    unit: 'percent',
    better: 'lower',
    source: be2019,
    values: [[2019, 7]],
    target: [7, 2024],
  },
  {
    name: 'Overgewicht (volwassenen)',
    definition: 'Deel van de volwassenen met overgewicht.',
    unit: 'percent',
    better: 'lower',
    source: gm2018,
    values: [[2018, 16]],
    target: [16, 2024],
  },
  {
    name: 'Onvoldoende regie op eigen leven (volwassenen)',
    definition: 'Deel van de volwassenen dat onvoldoende eigen regie ervaart.',
    unit: 'percent',
    better: 'lower',
    source: gm2018,
    values: [[2018, 7]],
    target: [7, 2024],
  },
  {
    name: 'Onvoldoende regie op eigen leven (ouderen)',
    definition: 'Deel van de 65-plussers dat onvoldoende eigen regie ervaart.',
    unit: 'percent',
    better: 'lower',
    source: gm2018,
    values: [[2018, 21]],
    target: [21, 2024],
  },
  {
    name: 'Ervaart eigen gezondheid als goed (volwassenen)',
    definition: 'Deel van de volwassenen dat de eigen gezondheid als goed ervaart; het pact wil dit behouden.',
    unit: 'percent',
    better: 'higher',
    source: gm2018,
    values: [[2018, 88]],
    target: [88, 2024],
  },
  {
    name: 'Ervaart eigen gezondheid als goed (ouderen)',
    definition: 'Deel van de 65-plussers dat de eigen gezondheid als goed ervaart.',
    unit: 'percent',
    better: 'higher',
    source: gm2018,
    values: [[2018, 51]],
    target: [51, 2024],
  },
  {
    name: 'Maatschappelijk welbevinden',
    definition: 'Rapportcijfer voor maatschappelijk welbevinden.',
    unit: 'grade',
    better: 'higher',
    source: be2019,
    values: [[2019, 8.1]],
  },
  {
    name: 'Moeite met aanvragen via internet',
    definition: 'Deel van de bewoners dat moeite heeft met aanvragen doen via internet.',
    unit: 'percent',
    better: 'lower',
    source: be2019,
    values: [[2019, 23]],
  },
];

const tijw = 'Uitvoeringsplan Thuis in je Wijk, juli 2023';

/** Seed 003 §2: the figures behind Thuis in je Wijk. The health figures are for Utrecht as a whole. */
const tijwIndicators: readonly DemoIndicator[] = [
  {
    name: 'Ervaart eigen gezondheid als goed (volwassenen 18–64, heel Utrecht)',
    definition: 'Deel van de Utrechtse volwassenen dat de eigen gezondheid als goed ervaart. Tussen 2012 en 2018 was dit ongeveer 81%.',
    unit: 'percent',
    better: 'higher',
    source: `Gezondheidsmonitor Volwassenen en Ouderen 2022 (${tijw})`,
    values: [
      [2018, 81],
      [2020, 87],
      [2022, 77],
    ],
  },
  {
    name: 'Kosten aanvullende zorg in de vier aandachtswijken samen',
    definition: 'Totale kosten per jaar van de aanvullende zorg in Overvecht, Noordwest, Kanaleneiland en Leidsche Rijn samen.',
    unit: 'euro',
    better: 'lower',
    source: `Dashboard aanvullende zorg (${tijw})`,
    values: [[2023, 15_336_000]],
  },
  {
    name: 'Groei van de vraag naar individuele begeleiding',
    definition: 'Hoeveel procent de vraag naar individuele begeleiding de afgelopen jaren per jaar steeg.',
    unit: 'percent',
    better: 'lower',
    source: `Dashboard aanvullende zorg (${tijw})`,
    values: [[2023, 10]],
  },
];

async function seed(c: DemoContext, districtId: string, list: readonly DemoIndicator[]): Promise<void> {
  for (const i of list) {
    const id = await insertIndicator(
      c.db,
      districtId,
      { ...i, target: i.target === undefined ? null : { value: i.target[0], year: i.target[1] } },
      c.at,
    );
    for (const [year, value] of i.values) await saveValue(c.db, id, { year, value, source: '' });
  }
}

export async function seedDemoMonitoring(c: DemoContext): Promise<void> {
  await seed(c, c.oost, oost);
  for (const d of c.tijw) await seed(c, d.id, tijwIndicators);
}
