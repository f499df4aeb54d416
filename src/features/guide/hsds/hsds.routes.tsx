import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { listBuurten, type District } from '../../../platform/geography/geography.repository.ts';
import { requireRole } from '../../../platform/http/guards.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import type { Db } from '../../../platform/db/schema.ts';
import { costText, describeSchedule } from '../common/common.views.tsx';
import { toCsv } from './csv.rules.ts';
import { actorOf, signedIn } from '../edit/edit.access.ts';
import { listTerms, loadDataset } from '../model/dataset.repository.ts';
import { readHsds, parseDocument, type ImportProblem } from './hsds.import.rules.ts';
import { toHsdsDocument } from './hsds.mapping.ts';
import { applyImport, type ImportOutcome } from './hsds.repository.ts';
import { importPage, openDataPage } from './hsds.views.tsx';
import { districtOf } from '../search/search.routes.tsx';
import { termLabelKey } from '../model/taxonomy.ts';

/** An import file may be this big; larger files get a clear message instead of being read. */
const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

interface Upload {
  text: string;
  truncated: boolean;
  empty: boolean;
}

async function hsdsContext(db: Db, district: District) {
  return { terms: await listTerms(db), buurten: await listBuurten(db, district.id) };
}

function csvOf(
  t: Translate,
  lang: 'nl' | 'en',
  data: Awaited<ReturnType<typeof loadDataset>>,
  ctx: Awaited<ReturnType<typeof hsdsContext>>,
): string {
  const terms = new Map(ctx.terms.map((x) => [x.id, x]));
  const buurt = (id: string | null) => ctx.buurten.find((b) => b.id === id)?.name ?? '';
  const org = (id: string | null) => data.organizations.find((o) => o.id === id)?.name ?? '';
  const header = [
    'type',
    'id',
    'name',
    'organization',
    'description',
    'address',
    'postalCode',
    'buurt',
    'phone',
    'email',
    'website',
    'cost',
    'forWhom',
    'themes',
    'hours',
    'verified',
  ].map((h) => t(`guide.csv.${h}`));
  const kind = (type: 'organization' | 'location' | 'service') => t(`guide.entry.${type}`);
  const rows = [
    ...data.organizations.map((o) => [
      kind('organization'),
      o.id,
      o.name,
      '',
      o.description,
      '',
      '',
      '',
      data.phones.find((p) => p.organizationId === o.id)?.number,
      o.email,
      o.website,
      '',
      '',
      '',
      '',
      o.lastVerifiedAt,
    ]),
    ...data.locations.map((l) => {
      const hours = data.schedules.filter((s) => s.locationId === l.id).map((s) => describeSchedule(t, s, lang));
      return [
        kind('location'),
        l.id,
        l.name,
        org(l.organizationId),
        l.description,
        l.streetAddress,
        l.postalCode,
        buurt(l.buurtId),
        data.phones.find((p) => p.locationId === l.id)?.number,
        '',
        '',
        '',
        '',
        '',
        hours.join(' | '),
        l.lastVerifiedAt,
      ];
    }),
    ...data.services.map((s) => {
      const names = (taxonomy: string) =>
        s.termIds
          .flatMap((id) =>
            terms.get(id)?.taxonomyCode === taxonomy ? [t(termLabelKey(terms.get(id) ?? { taxonomyCode: 'thema', code: '' }))] : [],
          )
          .join(', ');
      const hours = data.schedules.filter((x) => x.serviceId === s.id).map((x) => describeSchedule(t, x, lang));
      return [
        kind('service'),
        s.id,
        s.name,
        org(s.organizationId),
        s.description,
        '',
        '',
        s.buurtIds.map(buurt).join(', '),
        data.phones.find((p) => p.serviceId === s.id)?.number,
        s.email,
        s.url,
        costText(t, s),
        names('voor-wie'),
        names('thema'),
        hours.join(' | '),
        s.lastVerifiedAt,
      ];
    }),
  ];
  return toCsv(header, rows);
}

export function hsdsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get('/:district/gids/open-data', async (request, reply) => {
    const district = districtOf(request);
    return sendPage(request, reply, (ctx) => openDataPage(ctx, district, deps.config.baseUrl));
  });

  app.get('/:district/gids/export/hsds.json', async (request, reply) => {
    const district = districtOf(request);
    const doc = toHsdsDocument(await loadDataset(db, { districtId: district.id }), await hsdsContext(db, district));
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="wegwijzer-${district.slug}-hsds.json"`)
      .send(JSON.stringify(doc, null, 2));
  });

  app.get('/:district/gids/export.csv', async (request, reply) => {
    const district = districtOf(request);
    const csv = csvOf(request.t, request.lang, await loadDataset(db, { districtId: district.id }), await hsdsContext(db, district));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="wegwijzer-${district.slug}.csv"`)
      .send(csv);
  });

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
    importRoutes(scope, deps);
  });
}

function importRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const coordinator = { preHandler: requireRole('coordinator', 'administrator') };
  const show = (
    request: FastifyRequest,
    reply: FastifyReply,
    state: { problems?: ImportProblem[]; outcome?: ImportOutcome },
    status = 200,
  ) => sendPage(request, reply, (ctx) => importPage(ctx, districtOf(request), state, IMPORT_MAX_BYTES), status);

  app.get('/:district/gids/beheer/import', coordinator, async (request, reply) => show(request, reply, {}));

  app.post('/:district/gids/beheer/import', coordinator, async (request, reply) => {
    const district = districtOf(request);
    const upload = (request.body as { bestand?: unknown } | undefined)?.bestand as Upload | undefined;
    if (upload === undefined || typeof upload !== 'object' || upload.empty)
      return show(request, reply, { problems: [{ path: '', code: 'guide.import.noFile' }] }, 422);
    if (upload.truncated)
      return show(
        request,
        reply,
        { problems: [{ path: '', code: 'guide.import.tooBig', params: { mb: IMPORT_MAX_BYTES / 1024 / 1024 } }] },
        413,
      );
    const parsed = parseDocument(upload.text);
    if ('problems' in parsed) return show(request, reply, { problems: parsed.problems }, 422);
    const ctx = await hsdsContext(db, district);
    const foreign = [
      ...(await db.selectFrom('organizations').select('id').where('district_id', '!=', district.id).execute()),
      ...(await db.selectFrom('locations').select('id').where('district_id', '!=', district.id).execute()),
      ...(await db.selectFrom('services').select('id').where('district_id', '!=', district.id).execute()),
    ];
    const orgs = await db.selectFrom('organizations').select(['id', 'name']).where('district_id', '=', district.id).execute();
    const places = await db.selectFrom('locations').select('id').where('district_id', '=', district.id).execute();
    const { data, problems } = readHsds(parsed.doc, {
      ...ctx,
      districtId: district.id,
      now: deps.clock.now().toISOString(),
      foreignIds: new Set(foreign.map((r) => r.id)),
      organizationNames: new Map(orgs.map((o) => [o.name, o.id])),
      knownOrganizationIds: new Set(orgs.map((o) => o.id)),
      knownLocationIds: new Set(places.map((p) => p.id)),
    });
    if (problems.length > 0) return show(request, reply, { problems }, 422);
    const actor = actorOf(signedIn(request), deps.clock.now());
    const outcome = await db.transaction().execute((trx) => applyImport(trx, district.id, data, ctx, actor));
    return show(request, reply, { outcome });
  });
}
