import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { localDay } from '../../../platform/clock.ts';
import { listBuurten, type District } from '../../../platform/geography/geography.repository.ts';
import { mayInCooperative } from '../shared/access.rules.ts';
import {
  answersOf,
  findSurvey,
  insertQuestion,
  insertResponse,
  insertSurvey,
  listSurveys,
  type Survey,
  type SurveyWithQuestions,
} from './surveys.repository.ts';
import {
  aggregate,
  allowedValues,
  optionsOf,
  refuseAnswer,
  refusePeriod,
  SMALL,
  type Question,
  type QuestionResult,
} from './surveys.rules.ts';
import { fieldOf, type AnswerInput, type QuestionInput, type SurveyInput } from './surveys.schema.ts';

export function surveysOf(ctx: ActionContext, district: District): Promise<Survey[]> {
  return listSurveys(ctx.deps.database.db, district.id);
}

export function surveyOf(ctx: ActionContext, district: District, id: string): Promise<SurveyWithQuestions | undefined> {
  return findSurvey(ctx.deps.database.db, district.id, id);
}

/** A coordinator starts a survey for buurten of their own district; it starts without questions. */
export function createSurvey(ctx: ActionContext, district: District, input: SurveyInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const own = await listBuurten(trx, district.id);
    const chosen = own.filter((b) => input.buurten.includes(b.slug));
    if (chosen.length !== new Set(input.buurten).size) return refusal('validation.choice', { field: 'buurten' });
    const period = refusePeriod(input.opensOn, input.closesOn);
    if (period !== null) return refusal(period, { field: 'closesOn' });
    const id = await insertSurvey(trx, {
      districtId: district.id,
      title: input.title,
      intro: input.intro ?? '',
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      buurtIds: chosen.map((b) => b.id),
      createdBy: ctx.user?.id ?? null,
      at: ctx.now.toISOString(),
    });
    await audit(trx, ctx, { action: 'cooperative.survey.created', subjectType: 'coop_survey', subjectId: id, districtId: district.id });
    return success(id);
  });
}

/** Questions are added until the first answer comes in: after that, earlier answers would no longer fit. */
export function addQuestion(ctx: ActionContext, district: District, surveyId: string, input: QuestionInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const survey = await findSurvey(trx, district.id, surveyId);
    if (survey === undefined) return refusal('error.404', { status: 404 });
    if (survey.responses > 0) return refusal('cooperative.surveys.question.answered', { field: 'text', status: 409 });
    const options = optionsOf(input.kind, input.options);
    if ('problem' in options) return refusal(options.problem, { field: 'options' });
    const id = await insertQuestion(trx, survey.id, { kind: input.kind, text: input.text, options: options.options });
    return success(id);
  });
}

/** The values one form gives a question, as stored: a list for a choice of several, one value otherwise. */
function valuesOf(question: Question, input: AnswerInput): string[] {
  const raw = input[fieldOf(question)];
  const given = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  return question.kind === 'open' ? given : given.filter((v) => allowedValues(question).includes(v));
}

/**
 * One filled-in form, online (anonymous) or typed in from paper by someone at a walk-in
 * point. Only the buurt, the day and the answers are kept: no name, address or IP address.
 */
export function answerSurvey(
  ctx: ActionContext,
  district: District,
  surveyId: string,
  input: AnswerInput,
  source: 'online' | 'paper',
): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const survey = await findSurvey(trx, district.id, surveyId);
    if (survey === undefined) return refusal('error.404', { status: 404 });
    const buurt = survey.buurten.find((b) => b.slug === input.buurt);
    if (buurt === undefined) return refusal('cooperative.surveys.answer.unknownBuurt', { field: 'buurt' });
    const today = localDay(ctx.now);
    const closed = refuseAnswer(survey, today, source);
    if (closed !== null) return refusal(closed, { status: 409 });
    const answers = survey.questions.flatMap((q) => valuesOf(q, input).map((value) => ({ questionId: q.id, value })));
    if (answers.length === 0) return refusal('cooperative.surveys.answer.empty');
    const id = await insertResponse(trx, {
      surveyId: survey.id,
      buurtId: buurt.id,
      source,
      enteredBy: source === 'paper' ? (ctx.user?.id ?? null) : null,
      on: today,
      answers,
    });
    return success(id);
  });
}

export interface SurveyResults {
  survey: SurveyWithQuestions;
  buurtId: string | null;
  responses: number;
  questions: { question: Question; result: QuestionResult; texts: string[] }[];
}

/**
 * Every question's counts and shares, for the whole survey or one buurt, with small numbers
 * suppressed. The words of open questions are shown only to those who run surveys, and only
 * when there are enough of them; reading them is logged, as they may say who wrote them.
 */
export async function surveyResults(
  ctx: ActionContext,
  district: District,
  surveyId: string,
  buurtSlug: string | null,
): Promise<SurveyResults | undefined> {
  const db = ctx.deps.database.db;
  const survey = await findSurvey(db, district.id, surveyId);
  if (survey === undefined) return undefined;
  const buurtId = survey.buurten.find((b) => b.slug === buurtSlug)?.id ?? null;
  const { responses, answers } = await answersOf(db, survey.id, buurtId);
  const mayRead = ctx.user !== null && mayInCooperative(ctx.user.roles, 'surveys', district.id);
  const questions = survey.questions.map((question) => {
    const mine = answers.filter((a) => a.questionId === question.id);
    const perResponse = responses.map((r) => mine.filter((a) => a.responseId === r).map((a) => a.value));
    if (question.kind !== 'open') return { question, result: aggregate(question, perResponse), texts: [] };
    const texts = mine.map((a) => a.value).sort((a, b) => a.localeCompare(b));
    const show = mayRead && texts.length >= SMALL;
    return { question, result: { answered: texts.length, tooFew: texts.length < SMALL, options: [] }, texts: show ? texts : [] };
  });
  if (questions.some((q) => q.texts.length > 0))
    await audit(db, ctx, {
      action: 'cooperative.survey.openAnswers.read',
      subjectType: 'coop_survey',
      subjectId: survey.id,
      districtId: district.id,
    });
  return { survey, buurtId, responses: responses.length, questions };
}

/** The surveys anyone may answer online today. */
export async function openSurveys(ctx: ActionContext, district: District): Promise<Survey[]> {
  const today = localDay(ctx.now);
  const open = (await listSurveys(ctx.deps.database.db, district.id)).filter((s) => s.opensOn <= today && today <= s.closesOn);
  const full = await Promise.all(open.map((s) => findSurvey(ctx.deps.database.db, district.id, s.id)));
  return full.filter((s): s is SurveyWithQuestions => s !== undefined && s.questions.length > 0);
}
