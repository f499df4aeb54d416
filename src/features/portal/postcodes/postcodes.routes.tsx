import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { hasRole } from '../../../platform/auth/roles.rules.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { parseForm, type FieldError } from '../../../platform/http/forms.ts';
import { districtOf, noticeOf, requireRole } from '../../../platform/http/guards.ts';
import type { FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { importPage, importPath } from './import.views.tsx';
import { buurtenFor, formatPostcode, readWanted } from './postcode.rules.ts';
import { importPostcodes } from './postcodes.actions.ts';
import { buurtCodesOf, placesByPostcode, placesByStreet, postcodeSource, type FoundPlace } from './postcodes.repository.ts';
import { importForm, lookupQuery } from './postcodes.schema.ts';
import { lookupPage, type LookupAnswer } from './postcodes.views.tsx';

type Found = { href: string } | { error: FieldError } | { answer: LookupAnswer };

const errorFor: Record<string, string> = {
  empty: 'portal.find.empty',
  notPostcode: 'portal.find.notPostcode',
  digitsOnly: 'portal.find.digitsOnly',
};

/** One row per buurt that fits the house number; this district's buurt wins when it has exactly one. */
function decide(district: District, places: readonly FoundPlace[], number: number | null, asked: string): Found {
  const ids = buurtenFor(places, number);
  const chosen = ids.map((id) => places.find((p) => p.buurtId === id)).filter((p): p is FoundPlace => p !== undefined);
  const here = chosen.filter((p) => p.districtId === district.id);
  const first = chosen[0];
  if (here.length === 1 && here[0] !== undefined) return { href: `/${district.slug}/buurten/${here[0].buurtSlug}` };
  if (chosen.length === 1 && first !== undefined) return { answer: { kind: 'elsewhere', place: first, postcode: asked } };
  return { answer: { kind: 'choose', places: chosen } };
}

/** What a resident typed, looked up in every district's table. */
async function lookUp(db: DbOrTx, district: District, typed: string): Promise<Found> {
  const wanted = readWanted(typed);
  if (wanted.kind === 'postcode') {
    const shown = formatPostcode(wanted.postcode);
    const places = await placesByPostcode(db, wanted.postcode);
    if (places.length === 0) return { error: { code: 'portal.find.unknownPostcode', params: { postcode: shown } } };
    return decide(district, places, wanted.number, shown);
  }
  if (wanted.kind === 'street') {
    const places = await placesByStreet(db, wanted.street);
    if (places.length === 0) return { error: { code: 'portal.find.unknownStreet', params: { street: typed.slice(0, 80) } } };
    return decide(district, places, wanted.number, typed);
  }
  return { error: { code: errorFor[wanted.kind] ?? 'portal.find.empty' } };
}

/** "Welke buurt is van mij?" for residents, and the table behind it for administrators. */
export function postcodeRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get('/:district/mijn-buurt', async (request, reply) => {
    const district = districtOf(request);
    const demo = (await postcodeSource(db, district.id))?.demo ?? false;
    const canImport = request.user !== null && hasRole(request.user.roles, ['administrator'], { districtId: district.id });
    const show = (form: FormState, answer: LookupAnswer, status: number) =>
      sendPage(request, reply, (ctx) => lookupPage(ctx, { district, form, answer, demo, canImport }), status);
    const parsed = parseForm(lookupQuery, request.query);
    if (!parsed.ok) return show(parsed, { kind: 'none' }, 422);
    if (parsed.data.zoek === null) return show({ values: parsed.values, errors: {} }, { kind: 'none' }, 200);
    const found = await lookUp(db, district, parsed.data.zoek);
    if ('href' in found) return reply.redirect(found.href, 303);
    if ('error' in found) return show({ values: parsed.values, errors: { zoek: found.error } }, { kind: 'none' }, 422);
    return show({ values: parsed.values, errors: {} }, found.answer, 200);
  });

  formRoute(app, {
    path: '/:district/beheer/postcodes',
    preHandler: requireRole('administrator'),
    async load(request) {
      const district = districtOf(request);
      const [source, codes] = await Promise.all([postcodeSource(db, district.id), buurtCodesOf(db, district.id)]);
      return { district, source, codes: codes.size, notice: noticeOf(request, 'portal.postcodes.notice', ['opgeslagen']) };
    },
    page: (_request, data) => (ctx, form) => importPage(ctx, form, data),
    schema: importForm,
    act: (request, { district }, input) => importPostcodes(actionContext(request, deps), district, input),
    done: (_request, { district }) => importPath(district, '?melding=opgeslagen'),
  });
}
