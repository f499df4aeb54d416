import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { listBuurten, type District } from '../../../platform/geography/geography.repository.ts';
import type { CleanPhoto } from '../photo/photo.image.ts';
import { savePhoto } from '../photo/photo.repository.ts';
import { editStory, findStory, insertStory, rejectStory } from './story.repository.ts';
import type { EditInput, NewsInput, SubmitInput } from './story.schema.ts';

async function buurtProblem(trx: DbOrTx, district: District, buurtId: string | null) {
  if (buurtId === null || (await listBuurten(trx, district.id)).some((b) => b.id === buurtId)) return null;
  return refusal('validation.choice', { field: 'buurt' });
}

const fieldsOf = (input: NewsInput) => ({ buurtId: input.buurt, title: input.title, body: input.body, themes: [...new Set(input.themes)] });

/** A resident sends a story, perhaps with a photo (which needs words for who cannot see it); it waits for an editor of the district. */
export function submitStory(
  ctx: ActionContext,
  district: District,
  input: SubmitInput,
  photo: CleanPhoto | null,
): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const problem = await buurtProblem(trx, district, input.buurt);
    if (problem !== null) return problem;
    if (photo !== null && input.photoAlt === null) return refusal('stories.photo.altRequired', { field: 'photoAlt' });
    const id = await insertStory(trx, {
      ...fieldsOf(input),
      showName: input.showName,
      districtId: district.id,
      kind: 'story',
      authorName: input.name,
      authorEmail: input.email,
      authorUserId: ctx.user?.id ?? null,
      status: 'submitted',
      at: ctx.now.toISOString(),
    });
    if (photo !== null) await savePhoto(trx, id, photo, input.photoAlt ?? '', ctx.now.toISOString());
    return success(id);
  });
}

/** A partner (or an editor) publishes news at once, under their own name. */
export function publishNews(ctx: ActionContext, district: District, input: NewsInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const problem = await buurtProblem(trx, district, input.buurt);
    if (problem !== null) return problem;
    const user = ctx.user;
    if (user === null) return refusal('error.403', { status: 403 });
    const at = ctx.now.toISOString();
    const id = await insertStory(trx, {
      ...fieldsOf(input),
      showName: true,
      districtId: district.id,
      kind: 'news',
      authorName: user.name,
      authorEmail: null,
      authorUserId: user.id,
      status: 'published',
      at,
    });
    await audit(trx, ctx, { action: 'stories.news_published', subjectType: 'story', subjectId: id, districtId: district.id });
    return success(id);
  });
}

/** The editor edits a story and publishes it (or keeps it for later); only a story of their district. */
export function editAndPublish(
  ctx: ActionContext,
  district: District,
  storyId: string,
  input: EditInput,
): Promise<Outcome<{ id: string; published: boolean }>> {
  return runAction(ctx, async (trx) => {
    const story = await findStory(trx, district.id, storyId);
    if (story === undefined) return refusal('stories.notFound', { status: 404 });
    const problem = await buurtProblem(trx, district, input.buurt);
    if (problem !== null) return problem;
    const status = input.publish === 'publish' ? 'published' : story.status;
    const by = ctx.user?.id ?? '';
    if (!(await editStory(trx, story.id, { ...fieldsOf(input), showName: input.showName, status, by, at: ctx.now.toISOString() }))) {
      return refusal('stories.changedMeanwhile', { status: 409 });
    }
    const published = status === 'published' && story.status !== 'published';
    await audit(trx, ctx, {
      action: `stories.${published ? 'published' : 'edited'}`,
      subjectType: 'story',
      subjectId: story.id,
      districtId: district.id,
    });
    return success({ id: story.id, published });
  });
}

export function reject(ctx: ActionContext, district: District, storyId: string): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const story = await findStory(trx, district.id, storyId);
    if (story === undefined) return refusal('stories.notFound', { status: 404 });
    if (!(await rejectStory(trx, story.id, ctx.now.toISOString()))) return refusal('stories.changedMeanwhile', { status: 409 });
    await audit(trx, ctx, { action: 'stories.rejected', subjectType: 'story', subjectId: story.id, districtId: district.id });
    return success(story.id);
  });
}
