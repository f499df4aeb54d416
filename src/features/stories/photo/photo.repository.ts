import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { CleanPhoto } from './photo.image.ts';

export async function savePhoto(db: DbOrTx, storyId: string, photo: CleanPhoto, alt: string, at: string): Promise<void> {
  await db
    .insertInto('story_photos')
    .values({
      story_id: storyId,
      content_type: photo.contentType,
      data_base64: photo.data.toString('base64'),
      width: photo.width,
      height: photo.height,
      alt,
      created_at: at,
    })
    .execute();
}

export async function findPhoto(
  db: DbOrTx,
  storyId: string,
): Promise<{ contentType: string; data: Buffer; width: number; height: number; alt: string } | undefined> {
  const row = await db
    .selectFrom('story_photos')
    .select(['content_type', 'data_base64', 'width', 'height', 'alt'])
    .where('story_id', '=', storyId)
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : { contentType: row.content_type, data: Buffer.from(row.data_base64, 'base64'), width: row.width, height: row.height, alt: row.alt };
}

/** What a page needs to show the photo: its size and words, not its bytes. */
export async function photoInfo(db: DbOrTx, storyId: string): Promise<{ width: number; height: number; alt: string } | undefined> {
  return db.selectFrom('story_photos').select(['width', 'height', 'alt']).where('story_id', '=', storyId).executeTakeFirst();
}
