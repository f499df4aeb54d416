import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/feature.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { requireRole } from '../../platform/http/guards.ts';
import { emptyForm } from '../../platform/layout/forms.tsx';
import { sendPage } from '../../platform/layout/render.ts';
import { actionContext } from './actions.shared.ts';
import { districtOf } from './ask.routes.tsx';
import { erasePerson, exportPerson } from './privacy.actions.ts';
import { questionsOfPerson } from './privacy.repository.ts';
import { eraseConfirmPage, privacyPage } from './privacy.views.tsx';
import { privacySearchForm } from './questions.schema.ts';

/** The administrator's tools for a resident's data request: find, download (JSON), erase. */
export function privacyRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const admin = { preHandler: requireRole('administrator') };
  const base = '/:district/beheer/persoonsgegevens';

  app.get(base, admin, async (request, reply) => sendPage(request, reply, (ctx) => privacyPage(ctx, districtOf(request), emptyForm)));

  app.post(base, admin, async (request, reply) => {
    const district = districtOf(request);
    const form = parseForm(privacySearchForm, request.body);
    if (!form.ok) return sendPage(request, reply, (ctx) => privacyPage(ctx, district, form), 422);
    const matches = await questionsOfPerson(db, { districtId: district.id, ...form.data });
    return sendPage(request, reply, (ctx) =>
      privacyPage(ctx, district, { values: form.values, errors: {} }, { query: form.data, matches }),
    );
  });

  app.post(`${base}/export`, admin, async (request, reply) => {
    const district = districtOf(request);
    const form = parseForm(privacySearchForm, request.body);
    if (!form.ok) return sendPage(request, reply, (ctx) => privacyPage(ctx, district, form), 422);
    const data = await exportPerson(actionContext(request, deps), district, form.data);
    const day = data.exportedAt.slice(0, 10);
    return reply
      .header('content-disposition', `attachment; filename="wijkportaal-gegevens-${district.slug}-${day}.json"`)
      .header('cache-control', 'no-store')
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(data, null, 2));
  });

  app.post(`${base}/wissen`, admin, async (request, reply) => {
    const district = districtOf(request);
    const form = parseForm(privacySearchForm, request.body);
    if (!form.ok) return sendPage(request, reply, (ctx) => privacyPage(ctx, district, form), 422);
    const matches = await questionsOfPerson(db, { districtId: district.id, ...form.data });
    return sendPage(request, reply, (ctx) => eraseConfirmPage(ctx, district, form.data, matches));
  });

  app.post(`${base}/wissen/bevestigen`, admin, async (request, reply) => {
    const district = districtOf(request);
    const form = parseForm(privacySearchForm, request.body);
    if (!form.ok) return sendPage(request, reply, (ctx) => privacyPage(ctx, district, form), 422);
    const count = await erasePerson(actionContext(request, deps), district, form.data);
    return sendPage(request, reply, (ctx) =>
      privacyPage(ctx, district, emptyForm, undefined, ctx.t('questions.privacy.erased', { count })),
    );
  });
}
