import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { kindOf, statusOf, type StoryKind, type StoryStatus } from './story.rules.ts';

export interface StoryFields {
  buurtId: string | null;
  title: string;
  body: string;
  themes: string[];
  showName: boolean;
}

export interface Story extends StoryFields {
  id: string;
  districtId: string;
  kind: StoryKind;
  authorName: string;
  status: StoryStatus;
  publishedAt: string | null;
  updatedAt: string;
}

const columns = [
  'id',
  'district_id',
  'buurt_id',
  'kind',
  'title',
  'body',
  'themes',
  'author_name',
  'show_name',
  'status',
  'published_at',
  'updated_at',
] as const;
interface Row {
  id: string;
  district_id: string;
  buurt_id: string | null;
  kind: string;
  title: string;
  body: string;
  themes: string;
  author_name: string;
  show_name: number;
  status: string;
  published_at: string | null;
  updated_at: string;
}

const storyOf = (r: Row): Story => ({
  id: r.id,
  districtId: r.district_id,
  buurtId: r.buurt_id,
  kind: kindOf(r.kind),
  title: r.title,
  body: r.body,
  themes: r.themes === '' ? [] : r.themes.split(','),
  authorName: r.author_name,
  showName: r.show_name === 1,
  status: statusOf(r.status),
  publishedAt: r.published_at,
  updatedAt: r.updated_at,
});

export async function insertStory(
  db: DbOrTx,
  s: StoryFields & {
    districtId: string;
    kind: StoryKind;
    authorName: string;
    authorEmail: string | null;
    authorUserId: string | null;
    status: StoryStatus;
    at: string;
  },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('stories')
    .values({
      id,
      district_id: s.districtId,
      buurt_id: s.buurtId,
      kind: s.kind,
      title: s.title,
      body: s.body,
      themes: s.themes.join(','),
      author_name: s.authorName,
      author_email: s.authorEmail,
      show_name: s.showName ? 1 : 0,
      author_user_id: s.authorUserId,
      status: s.status,
      published_at: s.status === 'published' ? s.at : null,
      published_by: s.status === 'published' ? s.authorUserId : null,
      created_at: s.at,
      updated_at: s.at,
    })
    .execute();
  return id;
}

/** The editor's change; publishing sets when and by whom. False when the story was no longer submitted or published. */
export async function editStory(
  db: DbOrTx,
  id: string,
  f: StoryFields & { status: StoryStatus; by: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('stories')
    .set((eb) => ({
      buurt_id: f.buurtId,
      title: f.title,
      body: f.body,
      themes: f.themes.join(','),
      show_name: f.showName ? 1 : 0,
      status: f.status,
      published_at: f.status === 'published' ? eb.fn.coalesce('published_at', eb.val(f.at)) : null,
      published_by: f.status === 'published' ? f.by : null,
      updated_at: f.at,
    }))
    .where('id', '=', id)
    .where('status', '!=', 'rejected')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function rejectStory(db: DbOrTx, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('stories')
    .set({ status: 'rejected', updated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function findStory(db: DbOrTx, districtId: string, id: string): Promise<Story | undefined> {
  const row = await db.selectFrom('stories').select(columns).where('id', '=', id).where('district_id', '=', districtId).executeTakeFirst();
  return row === undefined ? undefined : storyOf(row);
}

/** The data version every write to the stories bumps (by trigger). */
export const STORIES_VERSION = 'stories';

/** Published stories and news, newest first; or the stories waiting for an editor. */
export async function listStories(
  db: DbOrTx,
  districtId: string,
  by: { status: StoryStatus; buurtId?: string; limit?: number; offset?: number },
): Promise<Story[]> {
  let query = db.selectFrom('stories').select(columns).where('district_id', '=', districtId).where('status', '=', by.status);
  if (by.buurtId !== undefined) query = query.where('buurt_id', '=', by.buurtId);
  const ordered = by.status === 'published' ? query.orderBy('published_at', 'desc') : query.orderBy('created_at');
  return (
    await ordered
      .orderBy('id')
      .limit(by.limit ?? 50)
      .offset(by.offset ?? 0)
      .execute()
  ).map(storyOf);
}

/** How many stories of the district have this status (of one buurt, when given). */
export async function countStories(db: DbOrTx, districtId: string, by: { status: StoryStatus; buurtId?: string }): Promise<number> {
  let query = db
    .selectFrom('stories')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('district_id', '=', districtId)
    .where('status', '=', by.status);
  if (by.buurtId !== undefined) query = query.where('buurt_id', '=', by.buurtId);
  return Number((await query.executeTakeFirstOrThrow()).n);
}
