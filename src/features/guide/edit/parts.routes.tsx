import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { actionContext, type ActionContext } from '../../../platform/actions/action.ts';
import type { Outcome } from '../../../platform/actions/outcome.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { HttpProblem, requireUser } from '../../../platform/http/guards.ts';
import { emptyForm } from '../../../platform/layout/forms.tsx';
import { entryPath, segmentOf } from '../common/paths.ts';
import type { EntryType } from '../model/guide.model.ts';
import { editableEntry, type EditSubject } from './access.ts';
import { addContactPerson, removeContactPerson } from './contact.actions.ts';
import { editedPath, withEditor } from './editor.tsx';
import { contactForm, scheduleForm } from './parts.schema.ts';
import { addHours, removeHours } from './schedule.actions.ts';
import { verifyEntry } from './verify.actions.ts';

type PartRequest = FastifyRequest<{ Params: { district: string; id: string; part: string } }>;

/** A refused button press has no form to show again: it gets the error page. */
function orError(outcome: Outcome): void {
  if (!outcome.ok) throw new HttpProblem(outcome.status);
}

/**
 * The forms below an entry's own form (hours, contact persons) and its buttons (verified,
 * remove). Each posts to its own address; a problem shows the entry's page there again.
 */
export function partRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const user = { preHandler: requireUser };

  for (const type of ['organization', 'location', 'service'] as const) {
    app.post(`/:district/gids/${segmentOf[type]}/:id/nagekeken`, user, async (request, reply) => {
      const entry = await editableEntry(db, request, type);
      orError(await verifyEntry(actionContext(request, deps), entry));
      return reply.redirect(editedPath(entry, entry.id, 'nagekeken'), 303);
    });
  }

  for (const type of ['location', 'service'] as const) {
    partForm(app, deps, type, 'tijden', { schema: scheduleForm, act: addHours, notice: 'tijden' });
    app.post(`/:district/gids/${segmentOf[type]}/:id/tijden/:part/verwijderen`, user, async (request: PartRequest, reply) => {
      const entry = await editableEntry(db, request, type);
      orError(await removeHours(actionContext(request, deps), entry, request.params.part));
      return reply.redirect(editedPath(entry, entry.id, 'tijden'), 303);
    });
  }

  partForm(app, deps, 'organization', 'contactpersonen', { schema: contactForm, act: addContactPerson, notice: 'contactpersoon' });
  app.post('/:district/gids/organisaties/:id/contactpersonen/:part/verwijderen', user, async (request: PartRequest, reply) => {
    const entry = await editableEntry(db, request, 'organization');
    orError(await removeContactPerson(actionContext(request, deps), entry, request.params.part));
    return reply.redirect(editedPath(entry, entry.id, 'verwijderd'), 303);
  });
}

interface PartForm<S extends z.ZodObject> {
  schema: S;
  act(ctx: ActionContext, entry: EditSubject & { id: string }, input: z.output<S>): Promise<Outcome>;
  /** What the entry's page says after it was added. */
  notice: string;
}

function partForm<S extends z.ZodObject>(app: FastifyInstance, deps: AppDeps, type: EntryType, part: string, spec: PartForm<S>): void {
  formRoute(app, {
    path: `/:district/gids/${segmentOf[type]}/:id/${part}`,
    preHandler: requireUser,
    load: async (request) => withEditor(deps, request, await editableEntry(deps.database.db, request, type)),
    page: async (_request, entry) => {
      const editor = await entry.editor();
      // The entry's own form stays empty here, as it always did: only the part's form is kept.
      return (ctx, form) => editor.page(emptyForm, form)(ctx);
    },
    schema: spec.schema,
    act: (request, entry, input) => spec.act(actionContext(request, deps), entry, input),
    done: (_request, entry) => editedPath(entry, entry.id, spec.notice),
    shownOn: (_request, entry) => `${entryPath(entry.district, type, entry.id)}/bewerken`,
  });
}
