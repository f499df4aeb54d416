/** The needs surveys' tables, added to the one database type (see platform/db/schema.ts). */
export {};

interface SurveyTable {
  id: string;
  district_id: string;
  title: string;
  intro: string;
  opens_on: string;
  closes_on: string;
  created_by: string | null;
  created_at: string;
}

interface SurveyBuurtTable {
  survey_id: string;
  buurt_id: string;
}

interface SurveyQuestionTable {
  id: string;
  survey_id: string;
  position: number;
  /** one | several | scale | open | needs (see surveys.rules.ts). */
  kind: string;
  text: string;
  /** The options of a "one" or "several" question as a JSON list of labels; "[]" for the others. */
  options: string;
}

/** One filled-in form: no name, no address, no time of day — only the buurt and the day. */
interface SurveyResponseTable {
  id: string;
  survey_id: string;
  buurt_id: string;
  /** online, or paper (typed in at a walk-in point). */
  source: string;
  /** The volunteer who typed a paper form in; null online. */
  entered_by: string | null;
  answered_on: string;
}

/** One answer: an option's number, a scale value, a need, or the words of an open question. */
interface SurveyAnswerTable {
  response_id: string;
  question_id: string;
  value: string;
}

declare module '../../../platform/db/schema.ts' {
  interface Tables {
    coop_surveys: SurveyTable;
    coop_survey_buurten: SurveyBuurtTable;
    coop_survey_questions: SurveyQuestionTable;
    coop_survey_responses: SurveyResponseTable;
    coop_survey_answers: SurveyAnswerTable;
  }
}
