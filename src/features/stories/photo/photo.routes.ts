import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { refusal, type Outcome } from '../../../platform/actions/outcome.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { findStory } from '../story/story.repository.ts';
import { isEditorOf } from '../story/story.access.ts';
import { cleanPhoto, type CleanPhoto } from './photo.image.ts';
import { findPhoto } from './photo.repository.ts';
import { PHOTO_MAX_BYTES } from './photo.rules.ts';

interface Upload {
  bytes: Buffer;
  truncated: boolean;
}

/** Registers routes that take a photo upload: multipart only there, with the size limit. */
export function withPhotoUploads(app: FastifyInstance, register: (scope: FastifyInstance) => void): void {
  void app.register(async (scope) => {
    await scope.register(multipart, {
      attachFieldsToBody: 'keyValues',
      throwFileSizeLimit: false,
      limits: { fileSize: PHOTO_MAX_BYTES, files: 1, fields: 20, fieldSize: 10_000, parts: 24 },
      async onFile(part) {
        const bytes = await part.toBuffer();
        (part as unknown as { value: Upload }).value = { bytes, truncated: part.file.truncated };
      },
    });
    register(scope);
  });
}

/** The photo sent with a form, checked and cleaned; null when none was sent. */
export async function photoOf(request: FastifyRequest): Promise<Outcome<CleanPhoto | null>> {
  const upload = (request.body as { photo?: unknown } | undefined)?.photo;
  if (typeof upload !== 'object' || upload === null || !('bytes' in upload)) return { ok: true, value: null };
  const { bytes, truncated } = upload as Upload;
  if (truncated) return refusal('stories.photo.tooBig', { field: 'photo', params: { mb: PHOTO_MAX_BYTES / 1024 / 1024 } });
  if (bytes.length === 0) return { ok: true, value: null };
  const photo = await cleanPhoto(bytes);
  return photo === null ? refusal('stories.photo.notImage', { field: 'photo' }) : { ok: true, value: photo };
}

/** Serves a story's photo from the database: any instance answers; unpublished only to its editors. */
export function photoRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/:district/verhalen/:story/foto.jpg', async (request: FastifyRequest<{ Params: { story: string } }>, reply) => {
    const district = districtOf(request);
    const story = await findStory(deps.database.db, district.id, request.params.story);
    if (story === undefined || (story.status !== 'published' && !isEditorOf(request.user, district))) throw new HttpProblem(404);
    const photo = await findPhoto(deps.database.db, story.id);
    if (photo === undefined) throw new HttpProblem(404);
    const cache = story.status === 'published' ? 'public, max-age=86400' : 'private, no-store';
    return reply.type(photo.contentType).header('cache-control', cache).header('x-content-type-options', 'nosniff').send(photo.data);
  });
}
