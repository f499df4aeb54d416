import type { FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { districtOf, HttpProblem, requireRight } from '../../../platform/http/guards.ts';
import { canTriage } from '../question/access.rules.ts';
import { findQuestion, type Question } from '../question/question.repository.ts';
import { auditPersonalDataRead } from '../question/question.steps.ts';
import { stepFrame } from '../ui/action-frame.tsx';
import type { StepPlace } from '../ui/step-form.ts';
import { QuestionContext } from './question.views.tsx';

const uuid = /^[0-9a-f-]{36}$/;

/** A question as a coordinator works on it, with its district. */
export interface CoordinatorSubject {
  district: District;
  question: Question;
}

/** The question of the URL, for a coordinator of its district and buurt; anyone else gets a 404. */
export async function questionForCoordinator(db: DbOrTx, request: FastifyRequest): Promise<CoordinatorSubject> {
  const district = districtOf(request);
  const id = (request.params as { id?: string }).id ?? '';
  const question = uuid.test(id) ? await findQuestion(db, id) : undefined;
  if (question?.districtId !== district.id || request.user === null || !canTriage(request.user.roles, question)) throw new HttpProblem(404);
  return { district, question };
}

export const questionHome = (s: CoordinatorSubject) => `/${s.district.slug}/vragen/${s.question.id}`;

/** The coordinator's step pages hang below the question and show it; that is a read of personal data, so it is audited. */
export function coordinatorPlace(deps: AppDeps): StepPlace<CoordinatorSubject> {
  const { db } = deps.database;
  return {
    deps,
    base: '/:district/vragen/:id',
    preHandler: requireRight('questions.desk'),
    load: (request) => questionForCoordinator(db, request),
    home: questionHome,
    async frame(request, s, step, slug) {
      await auditPersonalDataRead(db, actionContext(request, deps), s.question, { role: 'coordinator' });
      return (ctx) => stepFrame(ctx, { step, home: questionHome(s), slug }, <QuestionContext ctx={ctx} question={s.question} />);
    },
  };
}
