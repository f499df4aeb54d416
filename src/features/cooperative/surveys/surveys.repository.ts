import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { isQuestionKind, type Question } from './surveys.rules.ts';

interface SurveyBuurt {
  id: string;
  slug: string;
  name: string;
}

export interface Survey {
  id: string;
  districtId: string;
  title: string;
  intro: string;
  opensOn: string;
  closesOn: string;
  buurten: SurveyBuurt[];
  responses: number;
}

export interface SurveyWithQuestions extends Survey {
  questions: Question[];
}

export interface NewSurvey {
  districtId: string;
  title: string;
  intro: string;
  opensOn: string;
  closesOn: string;
  buurtIds: readonly string[];
  createdBy: string | null;
  at: string;
}

export async function insertSurvey(db: DbOrTx, s: NewSurvey): Promise<string> {
  const id = newId();
  await db
    .insertInto('coop_surveys')
    .values({
      id,
      district_id: s.districtId,
      title: s.title,
      intro: s.intro,
      opens_on: s.opensOn,
      closes_on: s.closesOn,
      created_by: s.createdBy,
      created_at: s.at,
    })
    .execute();
  await db
    .insertInto('coop_survey_buurten')
    .values(s.buurtIds.map((buurtId) => ({ survey_id: id, buurt_id: buurtId })))
    .execute();
  return id;
}

/** The district's surveys, newest first, with their buurten and how many forms came in. */
export async function listSurveys(db: DbOrTx, districtId: string, onlyId?: string): Promise<Survey[]> {
  let query = db
    .selectFrom('coop_surveys as s')
    .select(['s.id', 's.district_id', 's.title', 's.intro', 's.opens_on', 's.closes_on'])
    .select((eb) =>
      eb
        .selectFrom('coop_survey_responses as r')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('r.survey_id', '=', 's.id')
        .as('responses'),
    )
    .where('s.district_id', '=', districtId);
  if (onlyId !== undefined) query = query.where('s.id', '=', onlyId);
  const rows = await query.orderBy('s.opens_on', 'desc').orderBy('s.id').execute();
  if (rows.length === 0) return [];
  const buurten = await db
    .selectFrom('coop_survey_buurten as sb')
    .innerJoin('buurten as b', 'b.id', 'sb.buurt_id')
    .select(['sb.survey_id', 'b.id', 'b.slug', 'b.name'])
    .where(
      'sb.survey_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('b.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    districtId: r.district_id,
    title: r.title,
    intro: r.intro,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    responses: Number(r.responses ?? 0),
    buurten: buurten.filter((b) => b.survey_id === r.id).map((b) => ({ id: b.id, slug: b.slug, name: b.name })),
  }));
}

export async function findSurvey(db: DbOrTx, districtId: string, id: string): Promise<SurveyWithQuestions | undefined> {
  const [survey] = await listSurveys(db, districtId, id);
  if (survey === undefined) return undefined;
  const rows = await db.selectFrom('coop_survey_questions').selectAll().where('survey_id', '=', id).orderBy('position').execute();
  const questions = rows.flatMap((r): Question[] =>
    isQuestionKind(r.kind) ? [{ id: r.id, kind: r.kind, text: r.text, options: JSON.parse(r.options) as string[] }] : [],
  );
  return { ...survey, questions };
}

export async function insertQuestion(db: DbOrTx, surveyId: string, q: Omit<Question, 'id'>): Promise<string> {
  const id = newId();
  const last = await db
    .selectFrom('coop_survey_questions')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('survey_id', '=', surveyId)
    .executeTakeFirst();
  const position = (last?.p ?? 0) + 1;
  await db
    .insertInto('coop_survey_questions')
    .values({ id, survey_id: surveyId, position, kind: q.kind, text: q.text, options: JSON.stringify(q.options) })
    .execute();
  return id;
}

export interface NewResponse {
  surveyId: string;
  buurtId: string;
  source: 'online' | 'paper';
  enteredBy: string | null;
  on: string;
  answers: readonly { questionId: string; value: string }[];
}

export async function insertResponse(db: DbOrTx, r: NewResponse): Promise<string> {
  const id = newId();
  await db
    .insertInto('coop_survey_responses')
    .values({ id, survey_id: r.surveyId, buurt_id: r.buurtId, source: r.source, entered_by: r.enteredBy, answered_on: r.on })
    .execute();
  if (r.answers.length > 0)
    await db
      .insertInto('coop_survey_answers')
      .values(r.answers.map((a) => ({ response_id: id, question_id: a.questionId, value: a.value })))
      .execute();
  return id;
}

export interface AnswerRow {
  responseId: string;
  questionId: string;
  value: string;
}

/** Every answer to the survey, for one buurt or all of them. */
export async function answersOf(
  db: DbOrTx,
  surveyId: string,
  buurtId: string | null,
): Promise<{ responses: string[]; answers: AnswerRow[] }> {
  let responses = db.selectFrom('coop_survey_responses').select('id').where('survey_id', '=', surveyId);
  if (buurtId !== null) responses = responses.where('buurt_id', '=', buurtId);
  const ids = (await responses.orderBy('id').execute()).map((r) => r.id);
  let answers = db
    .selectFrom('coop_survey_answers as a')
    .innerJoin('coop_survey_responses as r', 'r.id', 'a.response_id')
    .select(['a.response_id as responseId', 'a.question_id as questionId', 'a.value'])
    .where('r.survey_id', '=', surveyId);
  if (buurtId !== null) answers = answers.where('r.buurt_id', '=', buurtId);
  return { responses: ids, answers: await answers.orderBy('a.response_id').orderBy('a.value').execute() };
}

/** The needs chosen in every needs question of the district's surveys for one buurt, per response. */
export async function surveyedNeedsInBuurt(db: DbOrTx, districtId: string, buurtId: string): Promise<string[][]> {
  const rows = await db
    .selectFrom('coop_survey_answers as a')
    .innerJoin('coop_survey_responses as r', 'r.id', 'a.response_id')
    .innerJoin('coop_survey_questions as q', 'q.id', 'a.question_id')
    .innerJoin('coop_surveys as s', 's.id', 'r.survey_id')
    .select(['r.id', 'a.value'])
    .where('s.district_id', '=', districtId)
    .where('r.buurt_id', '=', buurtId)
    .where('q.kind', '=', 'needs')
    .orderBy('r.id')
    .execute();
  const byResponse = new Map<string, string[]>();
  for (const row of rows) byResponse.set(row.id, [...(byResponse.get(row.id) ?? []), row.value]);
  return [...byResponse.values()];
}
