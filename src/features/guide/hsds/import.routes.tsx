import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, requireRole } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import type { ImportProblem } from './import-reader.rules.ts';
import { importGuide, type ImportOutcome } from './import.actions.ts';
import { checkImport } from './import.check.ts';
import { parseDocument } from './import.rules.ts';
import { importPage } from './import.views.tsx';

/** An import file may be this big; larger files get a clear message instead of being read. */
const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

interface Upload {
  text: string;
  truncated: boolean;
  empty: boolean;
}

/** Coordinators import an HSDS file into their district's guide: checked whole, then all of it or nothing. */
export function importRoutes(app: FastifyInstance, deps: AppDeps): void {
  // Uploads only here, with a size limit; a file over it is cut off and refused with a clear message.
  void app.register(async (scope) => {
    await scope.register(multipart, {
      attachFieldsToBody: 'keyValues',
      throwFileSizeLimit: false,
      limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 4, fieldSize: 1000, parts: 6 },
      async onFile(part) {
        const buffer = await part.toBuffer();
        (part as unknown as { value: Upload }).value = {
          text: buffer.toString('utf8'),
          truncated: part.file.truncated,
          empty: buffer.length === 0,
        };
      },
    });
    uploadRoutes(scope, deps);
  });
}

type ImportState = { problems?: ImportProblem[]; outcome?: ImportOutcome };

function show(request: FastifyRequest, reply: FastifyReply, state: ImportState, status = 200) {
  return sendPage(request, reply, (ctx) => importPage(ctx, districtOf(request), state, IMPORT_MAX_BYTES), status);
}

function uploadRoutes(app: FastifyInstance, deps: AppDeps): void {
  const coordinator = { preHandler: requireRole('coordinator', 'administrator') };

  app.get('/:district/gids/beheer/import', coordinator, async (request, reply) => show(request, reply, {}));

  app.post('/:district/gids/beheer/import', coordinator, async (request, reply) => {
    const district = districtOf(request);
    const upload = (request.body as { bestand?: unknown } | undefined)?.bestand as Upload | undefined;
    if (upload === undefined || typeof upload !== 'object' || upload.empty)
      return show(request, reply, { problems: [{ path: '', code: 'guide.import.noFile' }] }, 422);
    if (upload.truncated) {
      const tooBig = { path: '', code: 'guide.import.tooBig', params: { mb: IMPORT_MAX_BYTES / 1024 / 1024 } };
      return show(request, reply, { problems: [tooBig] }, 413);
    }
    const parsed = parseDocument(upload.text);
    if ('problems' in parsed) return show(request, reply, { problems: parsed.problems }, 422);
    const ctx = actionContext(request, deps);
    const checked = await checkImport(deps.database.db, district, parsed.doc, ctx.now);
    if (checked.problems.length > 0) return show(request, reply, { problems: checked.problems }, 422);
    const outcome = await importGuide(ctx, district, checked.data, checked.hsds);
    return outcome.ok ? show(request, reply, { outcome: outcome.value }) : show(request, reply, {}, outcome.status);
  });
}
