import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/feature.ts';
import { listBuurten, type District } from '../../platform/geography/geography.repository.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { overRateLimit } from '../../platform/http/rate-limited.ts';
import { emptyForm, type FormState } from '../../platform/layout/forms.tsx';
import { sendPage } from '../../platform/layout/render.ts';
import { canRecordForResident } from './access.rules.ts';
import { actionContext } from './actions.shared.ts';
import { askPage } from './ask.views.tsx';
import { walkInPoints } from './guide-entries.repository.ts';
import { askForm } from './questions.schema.ts';
import { ask } from './resident.actions.ts';

export function districtOf(request: FastifyRequest): District {
  if (request.district === null) throw new HttpProblem(404);
  return request.district;
}

/** A public form: per address for visitors; per person, more generously, for whoever writes questions down at a walk-in point. */
export const askLimits = {
  perAddress: { limit: 10, windowSeconds: 900 },
  perRecorder: { limit: 60, windowSeconds: 900 },
} as const;

export function askRoutes(app: FastifyInstance, deps: AppDeps, retentionMonths: number): void {
  const { db } = deps.database;

  async function render(request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) {
    const district = districtOf(request);
    const data = {
      district,
      buurten: await listBuurten(db, district.id),
      walkIns: await walkInPoints(db, district.id),
      forResident: request.user !== null && canRecordForResident(request.user.roles, district.id),
      retentionMonths,
    };
    return sendPage(request, reply, (ctx) => askPage(ctx, form, data), status);
  }

  app.get('/:district/vraag-stellen', async (request, reply) => render(request, reply, emptyForm));

  app.post('/:district/vraag-stellen', async (request, reply) => {
    const district = districtOf(request);
    const form = parseForm(askForm, request.body);
    const key = request.user === null ? `questions:ask:ip:${request.ip}` : `questions:ask:user:${request.user.id}`;
    const rule = request.user === null ? askLimits.perAddress : askLimits.perRecorder;
    if (await overRateLimit(db, reply, [[key, rule]], deps.clock.now()))
      return render(request, reply, { values: form.values, errors: { _form: { code: 'questions.rateLimited' } } }, 429);
    if (!form.ok) return render(request, reply, form, 422);
    const result = await ask(actionContext(request, deps), district, form.data, request.lang);
    if (!result.ok) return render(request, reply, { values: form.values, errors: result.errors }, 422);
    return reply.redirect(`/mijn-vraag/${result.token}?nieuw=1`, 303);
  });
}
