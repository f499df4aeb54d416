import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { parseForm, type FormValues } from '../../../platform/http/forms.ts';
import { districtOf, requireRole } from '../../../platform/http/guards.ts';
import { emptyForm } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { settle } from '../ui/settle.ts';
import { erasePerson, exportPerson } from './privacy.actions.ts';
import { questionsOfPerson } from './privacy.repository.ts';
import { privacySearchForm, type PersonQuery } from './privacy.schema.ts';
import { eraseConfirmPage, privacyPage } from './privacy.views.tsx';

/**
 * The administrator's tools for a resident's data request: find, download (JSON), erase.
 * Every step posts the person's e-mail address or phone number again; a problem with it
 * shows the search form with the problem (422).
 */
export function privacyRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const admin = { preHandler: requireRole('administrator') };
  const base = '/:district/beheer/persoonsgegevens';

  /** Runs `then` with the person asked for, or shows the search form again with the problem. */
  function withPerson(then: (request: FastifyRequest, reply: FastifyReply, query: PersonQuery, values: FormValues) => Promise<unknown>) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const form = parseForm(privacySearchForm, request.body);
      if (!form.ok) return sendPage(request, reply, (ctx) => privacyPage(ctx, districtOf(request), form), 422);
      return then(request, reply, form.data, form.values);
    };
  }

  app.get(base, admin, async (request, reply) => sendPage(request, reply, (ctx) => privacyPage(ctx, districtOf(request), emptyForm)));

  app.post(
    base,
    admin,
    withPerson(async (request, reply, query, values) => {
      const matches = await questionsOfPerson(db, { districtId: districtOf(request).id, ...query });
      return sendPage(request, reply, (ctx) => privacyPage(ctx, districtOf(request), { values, errors: {} }, { query, matches }));
    }),
  );

  app.post(
    `${base}/export`,
    admin,
    withPerson(async (request, reply, query) => {
      const district = districtOf(request);
      const data = settle(await exportPerson(actionContext(request, deps), district, query));
      const day = data.exportedAt.slice(0, 10);
      return reply
        .header('content-disposition', `attachment; filename="wijkportaal-gegevens-${district.slug}-${day}.json"`)
        .header('cache-control', 'no-store')
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(data, null, 2));
    }),
  );

  app.post(
    `${base}/wissen`,
    admin,
    withPerson(async (request, reply, query) => {
      const district = districtOf(request);
      const matches = await questionsOfPerson(db, { districtId: district.id, ...query });
      return sendPage(request, reply, (ctx) => eraseConfirmPage(ctx, district, query, matches));
    }),
  );

  app.post(
    `${base}/wissen/bevestigen`,
    admin,
    withPerson(async (request, reply, query) => {
      const count = settle(await erasePerson(actionContext(request, deps), districtOf(request), query));
      return sendPage(request, reply, (ctx) =>
        privacyPage(ctx, districtOf(request), emptyForm, undefined, ctx.t('questions.privacy.erased', { count })),
      );
    }),
  );
}
