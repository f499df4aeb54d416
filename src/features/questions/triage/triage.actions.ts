import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { insertEvent, type NewEvent, type PointedEntry } from '../question/events.repository.ts';
import { revokeLinks, type Question } from '../question/question.repository.ts';
import type { QuestionAction } from '../question/question.rules.ts';
import { conflict, staffEvent, staffOf, transition } from '../question/question.steps.ts';
import { mailResident, type News } from '../question/resident.mail.ts';
import { newStatusLink } from '../question/status-link.ts';
import { guideEntries } from './guide-entries.ts';

/** A staff step on the question's timeline, mailed to the resident when they have an address. */
function step(
  ctx: ActionContext,
  question: Question,
  action: QuestionAction,
  event: Pick<NewEvent, 'kind' | 'body' | 'data'>,
  news: (by: string) => News,
): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const user = staffOf(ctx);
    const at = ctx.now.toISOString();
    await transition(trx, question, action, at);
    await staffEvent(trx, { questionId: question.id, at, forResident: true, ...event }, user);
    await mailResident(trx, ctx, question, news(user.name));
    return success();
  });
}

export function answerQuestion(ctx: ActionContext, question: Question, answer: string): Promise<Outcome> {
  return step(ctx, question, 'answer', { kind: 'answered', body: answer }, (by) => ({
    key: 'questions.news.answered',
    params: { by, text: answer },
  }));
}

export function messageResident(ctx: ActionContext, question: Question, message: string): Promise<Outcome> {
  return step(ctx, question, 'message', { kind: 'staff_message', body: message }, (by) => ({
    key: 'questions.news.message',
    params: { by, text: message },
  }));
}

/** Points the resident to guide entries of the district; unknown keys are a field error, nothing changes. */
export async function pointQuestion(
  ctx: ActionContext,
  question: Question,
  keys: readonly string[],
  note: string | null,
): Promise<Outcome> {
  const known = await guideEntries(ctx.deps.database.db, question.districtId);
  const chosen = known.filter((e) => keys.includes(e.key));
  if (chosen.length !== new Set(keys).size) return refusal('validation.choice', { field: 'entries' });
  const entries: PointedEntry[] = chosen.map((e) => ({ name: e.name, detail: e.detail }));
  const list = entries.map((e) => (e.detail === '' ? `- ${e.name}` : `- ${e.name} (${e.detail})`)).join('\n');
  return step(ctx, question, 'point', { kind: 'pointed', body: note, data: { entries } }, (by) => ({
    key: 'questions.news.pointed',
    params: { by, entries: list, note: note ?? '' },
  }));
}

/** A new status link, e.g. for a resident who lost theirs; the old ones stop working. Not for a withdrawn question. */
export function renewStatusLink(ctx: ActionContext, question: Question): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const user = staffOf(ctx);
    if (question.status === 'withdrawn') conflict();
    const at = ctx.now.toISOString();
    await revokeLinks(trx, question.id, at);
    await insertEvent(trx, { questionId: question.id, at, kind: 'link_renewed', actorUserId: user.id, forResident: false });
    const token = await newStatusLink(trx, question.id, at);
    await mailResident(trx, ctx, question, { key: 'questions.news.newLink' }, token);
    return success(token);
  });
}
