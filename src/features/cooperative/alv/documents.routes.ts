import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { refusal, type Outcome } from '../../../platform/actions/outcome.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';
import { requireCoop } from '../shared/access.ts';
import { alvOf } from './alv.access.ts';
import { findDocument } from './documents.repository.ts';
import { documentKinds, documentSlugs, kindOfSlug, PDF_MAX_BYTES, refusePdf, type DocumentKind } from './documents.rules.ts';

interface Upload {
  bytes: Buffer;
  truncated: boolean;
}

export interface NewDocument {
  kind: DocumentKind;
  bytes: Buffer;
}

/** Registers routes that take the ALV's PDF files: multipart only there, with the size limit per file. */
export function withPdfUploads(app: FastifyInstance, register: (scope: FastifyInstance) => void): void {
  void app.register(async (scope) => {
    await scope.register(multipart, {
      attachFieldsToBody: 'keyValues',
      throwFileSizeLimit: false,
      limits: { fileSize: PDF_MAX_BYTES, files: documentKinds.length, fields: 20, fieldSize: 10_000, parts: 24 },
      async onFile(part) {
        const bytes = await part.toBuffer();
        (part as unknown as { value: Upload }).value = { bytes, truncated: part.file.truncated };
      },
    });
    register(scope);
  });
}

/** The PDF files sent with a form, each checked by its first bytes and its size; an empty file field is no file. */
export function documentsOf(request: FastifyRequest): Outcome<NewDocument[]> {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const documents: NewDocument[] = [];
  for (const kind of documentKinds) {
    const upload = body[kind];
    if (typeof upload !== 'object' || upload === null || !('bytes' in upload)) continue;
    const file = upload as Upload;
    if (file.bytes.length === 0 && !file.truncated) continue;
    const problem = refusePdf(file);
    if (problem !== null)
      return refusal(problem.code, { field: kind, ...(problem.params === undefined ? {} : { params: problem.params }) });
    documents.push({ kind, bytes: file.bytes });
  }
  return { ok: true, value: documents };
}

/** Serves an ALV's document from the database, to members and the board only: any instance answers. */
export function documentRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/:district/cooperatie/alv/:alv/stukken/:document', { preHandler: requireCoop('decisions') }, async (request, reply) => {
    const { alv } = await alvOf(deps, request);
    const kind = kindOfSlug((request.params as { document: string }).document.replace(/\.pdf$/, ''));
    const bytes = kind === undefined ? undefined : await findDocument(deps.database.db, alv.id, kind);
    if (kind === undefined || bytes === undefined) throw new HttpProblem(404);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${documentSlugs[kind]}.pdf"`)
      .header('cache-control', 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      .send(bytes);
  });
}
