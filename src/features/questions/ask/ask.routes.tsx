import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import { parseForm } from '../../../platform/http/forms.ts';
import { districtOf } from '../../../platform/http/guards.ts';
import { emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { canRecordForResident } from '../question/access.rules.ts';
import { statusPath } from '../question/status-link.ts';
import { ask } from './ask.actions.ts';
import { tooManyAsks } from './ask.limits.ts';
import { askPageForm } from './ask.schema.ts';
import { askPage } from './ask.views.tsx';
import { walkInPoints } from './walk-ins.ts';

/**
 * The resident's form, in the platform's form pattern: a problem shows the form again here,
 * with what was typed. The limit per address counts questions that would be stored, as the
 * API's does: someone who gets the form wrong a few times is helped, not stopped.
 */
export function askRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  async function render(request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) {
    const district = districtOf(request);
    const data = {
      district,
      buurten: await listBuurten(db, district.id),
      walkIns: await walkInPoints(db, district.id),
      forResident: request.user !== null && canRecordForResident(request.user.roles, district.id),
      retentionMonths: deps.config.questionsRetentionMonths,
    };
    return sendPage(request, reply, (ctx) => askPage(ctx, form, data), status);
  }

  app.get('/:district/vraag-stellen', async (request, reply) => render(request, reply, emptyForm));

  app.post('/:district/vraag-stellen', async (request, reply) => {
    const form = parseForm(askPageForm, request.body);
    if (!form.ok) return render(request, reply, form, 422);
    if (await tooManyAsks(deps, request, reply))
      return render(request, reply, { values: form.values, errors: { _form: { code: 'questions.rateLimited' } } }, 429);
    const outcome = await ask(actionContext(request, deps), districtOf(request), form.data, request.lang, form.data);
    if (!outcome.ok) return render(request, reply, { values: form.values, errors: outcome.errors }, outcome.status);
    return reply.redirect(`${statusPath(outcome.value.token)}?nieuw=1`, 303);
  });
}
