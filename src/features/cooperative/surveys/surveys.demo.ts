import type { Clock } from '../../../platform/clock.ts';
import { localDay } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { listBuurten, type District } from '../../../platform/geography/geography.repository.ts';
import { needs } from './gap.rules.ts';
import { insertQuestion, insertResponse, insertSurvey } from './surveys.repository.ts';
import type { Question } from './surveys.rules.ts';

const dayOffset = (today: string, days: number): string => {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

interface DemoSurvey {
  title: string;
  intro: string;
  from: number;
  to: number;
  buurten: string[];
  questions: Omit<Question, 'id'>[];
  responses: number;
  /** The values the n-th form gives the q-th question: a plain pattern, not people's answers. */
  answer(n: number, q: number, question: Omit<Question, 'id'>): string[];
}

const NOTE = 'Een voorbeeld om te laten zien hoe een peiling werkt. De antwoorden zijn verzonnen.';

/** Two plainly illustrative surveys in Oost (seed 004 asks for a needs survey before every service; it gives no figures). */
const surveys: DemoSurvey[] = [
  {
    title: 'Voorbeeld: waar wilt u hulp bij?',
    intro: NOTE,
    from: -60,
    to: -30,
    buurten: ['sterrenwijk', 'abstede', 'oudwijk'],
    questions: [
      { kind: 'needs', text: 'Waar zou u wel eens hulp bij willen?', options: [] },
      { kind: 'one', text: 'Kent u iemand in de buurt die u om hulp kunt vragen?', options: ['Ja', 'Nee', 'Weet ik niet'] },
      { kind: 'scale', text: 'Hoe graag helpt u zelf een buur?', options: [] },
      { kind: 'open', text: 'Wat wilt u ons nog vertellen?', options: [] },
    ],
    responses: 36,
    answer: (n, q) => {
      if (q === 0) return [needs[n % 4] ?? 'praktisch', ...(n % 3 === 0 ? ['digitaal'] : [])];
      if (q === 1) return [String(n % 5 === 0 ? 2 : n % 2)];
      if (q === 2) return [String((n % 5) + 1)];
      return n % 6 === 0 ? ['Voorbeeldantwoord: meer ontmoeting in de buurt.'] : [];
    },
  },
  {
    title: 'Voorbeeld: hulp met computer en telefoon',
    intro: NOTE,
    from: -7,
    to: 30,
    buurten: ['abstede', 'schildersbuurt'],
    questions: [
      { kind: 'needs', text: 'Waar zou u wel eens hulp bij willen?', options: [] },
      { kind: 'several', text: 'Waarmee wilt u hulp op de computer of telefoon?', options: ['E-mail', 'Bankzaken', 'DigiD', "Foto's"] },
      { kind: 'one', text: 'Waar wilt u die hulp het liefst?', options: ['Thuis', 'In een buurthuis', 'Maakt niet uit'] },
    ],
    responses: 14,
    answer: (n, q) => (q === 0 ? ['digitaal'] : q === 1 ? [String(n % 4), ...(n % 2 === 0 ? ['2'] : [])] : [String(n % 3)]),
  },
];

export async function seedDemoSurveys(db: DbOrTx, district: District, clock: Clock): Promise<void> {
  const today = localDay(clock.now());
  const buurten = await listBuurten(db, district.id);
  for (const demo of surveys) {
    const ids = demo.buurten.flatMap((slug) => buurten.filter((b) => b.slug === slug).map((b) => b.id));
    const surveyId = await insertSurvey(db, {
      districtId: district.id,
      title: demo.title,
      intro: demo.intro,
      opensOn: dayOffset(today, demo.from),
      closesOn: dayOffset(today, demo.to),
      buurtIds: ids,
      createdBy: null,
      at: clock.now().toISOString(),
    });
    const questionIds: string[] = [];
    for (const q of demo.questions) questionIds.push(await insertQuestion(db, surveyId, q));
    for (let n = 0; n < demo.responses; n++) {
      const answers = demo.questions.flatMap((q, i) => demo.answer(n, i, q).map((value) => ({ questionId: questionIds[i] ?? '', value })));
      await insertResponse(db, {
        surveyId,
        buurtId: ids[n % ids.length] ?? '',
        source: n % 4 === 0 ? 'paper' : 'online',
        enteredBy: null,
        on: dayOffset(today, demo.from + (n % Math.max(1, Math.min(demo.to, 0) - demo.from + 1))),
        answers,
      });
    }
  }
}
