import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { actionContext, type ActionContext } from '../../../platform/actions/action.ts';
import type { Outcome } from '../../../platform/actions/outcome.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute, type FormPage } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, requireUser, userOf } from '../../../platform/http/guards.ts';
import { emptyForm } from '../../../platform/layout/forms.tsx';
import { segmentOf } from '../common/paths.ts';
import { canManageGuide, mayAddFor } from '../model/entries.rules.ts';
import type { EntryType } from '../model/guide.model.ts';
import { editableEntry, type EditSubject } from './access.ts';
import { locationForm, organizationForm, serviceForm } from './edit.schema.ts';
import { withEditor, editedPath, type Editing } from './editor.tsx';
import { editLocation } from './location.actions.ts';
import { editOrganization } from './organization.actions.ts';
import { editService } from './service.actions.ts';

interface EntryForm<S extends z.ZodObject> {
  type: EntryType;
  schema: S;
  /** Who may add a new entry of this kind. */
  mayAdd(subject: Pick<EditSubject, 'user' | 'district'>): boolean;
  act(ctx: ActionContext, subject: EditSubject, input: z.output<S>): Promise<Outcome<string>>;
}

/** The form to add an entry and the form to change one, for each kind of entry. */
function entryForms<S extends z.ZodObject>(app: FastifyInstance, deps: AppDeps, kind: EntryForm<S>): void {
  const common = {
    preHandler: requireUser,
    defaults: async (_request: FastifyRequest, s: Editing) => (await s.editor()).values,
    page: async (_request: FastifyRequest, s: Editing): Promise<FormPage> => {
      const editor = await s.editor();
      return (ctx, form) => editor.page(form, emptyForm)(ctx);
    },
    schema: kind.schema,
    act: (request: FastifyRequest, s: Editing, input: z.output<S>) => kind.act(actionContext(request, deps), s, input),
    done: (_request: FastifyRequest, s: Editing, id: string) => editedPath(s, id, 'opgeslagen'),
  };
  formRoute(app, {
    ...common,
    path: `/:district/gids/${segmentOf[kind.type]}/nieuw`,
    load: (request) => {
      const subject = { district: districtOf(request), user: userOf(request), type: kind.type, id: null, organizationId: null };
      if (!kind.mayAdd(subject)) throw new HttpProblem(403);
      return Promise.resolve(withEditor(deps, request, subject));
    },
  });
  formRoute(app, {
    ...common,
    path: `/:district/gids/${segmentOf[kind.type]}/:id/bewerken`,
    load: async (request) => withEditor(deps, request, await editableEntry(deps.database.db, request, kind.type)),
  });
}

/**
 * Organisations are added by coordinators; places and offers by anyone who keeps part of the
 * guide (a partner contact for their own organisation). Each is changed by who may edit it.
 */
export function entryRoutes(app: FastifyInstance, deps: AppDeps): void {
  const keeper = ({ user, district }: Pick<EditSubject, 'user' | 'district'>) => canManageGuide(user.roles, district.id);
  entryForms(app, deps, {
    type: 'organization',
    schema: organizationForm,
    mayAdd: ({ user, district }) => mayAddFor(user.roles, district.id, null),
    act: editOrganization,
  });
  entryForms(app, deps, { type: 'location', schema: locationForm, mayAdd: keeper, act: editLocation });
  entryForms(app, deps, { type: 'service', schema: serviceForm, mayAdd: keeper, act: editService });
}
