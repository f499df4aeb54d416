import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Question } from './surveys.rules.ts';

/** Rewords a question of the survey (its kind, text and options); false when it is not one of the survey's. */
export async function updateQuestion(db: DbOrTx, surveyId: string, id: string, q: Omit<Question, 'id'>): Promise<boolean> {
  const result = await db
    .updateTable('coop_survey_questions')
    .set({ kind: q.kind, text: q.text, options: JSON.stringify(q.options) })
    .where('survey_id', '=', surveyId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteQuestion(db: DbOrTx, surveyId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('coop_survey_questions').where('survey_id', '=', surveyId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Numbers the survey's questions 1, 2, 3 … in this order. */
export async function renumberQuestions(db: DbOrTx, surveyId: string, ids: readonly string[]): Promise<void> {
  for (const [index, id] of ids.entries())
    await db
      .updateTable('coop_survey_questions')
      .set({ position: index + 1 })
      .where('survey_id', '=', surveyId)
      .where('id', '=', id)
      .execute();
}
