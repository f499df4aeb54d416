import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { deleteQuestion, renumberQuestions, updateQuestion } from './questions.repository.ts';
import { findSurvey, type SurveyWithQuestions } from './surveys.repository.ts';
import { moved, optionsOf, refuseQuestionChange } from './surveys.rules.ts';
import type { QuestionInput } from './surveys.schema.ts';

/** The survey with this question, read in the transaction, while it has no answers; a refusal otherwise. */
async function editable(trx: DbOrTx, district: District, surveyId: string, questionId: string): Promise<SurveyWithQuestions | Outcome> {
  const survey = await findSurvey(trx, district.id, surveyId);
  if (survey === undefined || !survey.questions.some((q) => q.id === questionId)) return refusal('error.404', { status: 404 });
  const locked = refuseQuestionChange(survey.responses);
  return locked === null ? survey : refusal(locked, { status: 409 });
}

const changed = (ctx: ActionContext, trx: DbOrTx, district: District, questionId: string, what: string) =>
  audit(trx, ctx, {
    action: `cooperative.survey.question.${what}`,
    subjectType: 'coop_survey_question',
    subjectId: questionId,
    districtId: district.id,
  });

/** Rewords a question (its kind, text and options) before the first answer. */
export function editQuestion(
  ctx: ActionContext,
  district: District,
  surveyId: string,
  questionId: string,
  input: QuestionInput,
): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const survey = await editable(trx, district, surveyId, questionId);
    if ('ok' in survey) return survey;
    const options = optionsOf(input.kind, input.options);
    if ('problem' in options) return refusal(options.problem, { field: 'options' });
    await updateQuestion(trx, survey.id, questionId, { kind: input.kind, text: input.text, options: options.options });
    await changed(ctx, trx, district, questionId, 'edited');
    return success();
  });
}

/** Removes a question before the first answer; the others close up. */
export function removeQuestion(ctx: ActionContext, district: District, surveyId: string, questionId: string): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const survey = await editable(trx, district, surveyId, questionId);
    if ('ok' in survey) return survey;
    await deleteQuestion(trx, survey.id, questionId);
    const rest = survey.questions.filter((q) => q.id !== questionId).map((q) => q.id);
    await renumberQuestions(trx, survey.id, rest);
    await changed(ctx, trx, district, questionId, 'removed');
    return success();
  });
}

/** Moves a question one place up or down before the first answer. */
export function moveQuestion(
  ctx: ActionContext,
  district: District,
  surveyId: string,
  questionId: string,
  direction: 'up' | 'down',
): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const survey = await editable(trx, district, surveyId, questionId);
    if ('ok' in survey) return survey;
    const ids = survey.questions.map((q) => q.id);
    await renumberQuestions(trx, survey.id, moved(ids, questionId, direction));
    await changed(ctx, trx, district, questionId, 'moved');
    return success();
  });
}
