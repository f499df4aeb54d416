import { contactPointOfDistrict } from '../../guide/index.ts';
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { formRoute, type FormPage } from '../../../platform/http/form-route.tsx';
import { parseForm, type FieldErrors } from '../../../platform/http/forms.ts';
import { districtOf } from '../../../platform/http/guards.ts';
import { overRateLimit } from '../../../platform/http/rate-limited.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import type { HouseRules } from '../house-rules/house-rules.rules.ts';
import { findHouseRules } from '../house-rules/rules.repository.ts';
import { socialEntrepreneursOf } from '../shared/places.repository.ts';
import { ruleRefusal } from '../shared/refusals.ts';
import { askPage } from './ask.views.tsx';
import { notAvailablePage } from './home.views.tsx';
import { askForHelp } from './intake.actions.ts';
import { requestForm } from './intake.schema.ts';
import { requestFormData } from './request-form.repository.ts';

/** Generous for a walk-in point sharing one address, hopeless for a script filling the desk with requests. */
const askLimit = { limit: 20, windowSeconds: 3600 };

interface Subject {
  district: District;
  /** None where no cooperative runs neighbour help yet. */
  rules: HouseRules | undefined;
}

/** A resident asks for help online, without an account. */
export function askRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  async function load(request: FastifyRequest): Promise<Subject> {
    const district = districtOf(request);
    return { district, rules: await findHouseRules(db, district.id) };
  }

  async function page(_request: FastifyRequest, { district, rules }: Subject): Promise<FormPage> {
    if (rules === undefined) return (ctx) => notAvailablePage(ctx);
    const data = await requestFormData(db, district.id, rules);
    const referrals = await socialEntrepreneursOf(db, district.id);
    // A job too large for a volunteer: show where to go instead, right above the form.
    const large = (errors: FieldErrors) => Object.values(errors).some((e) => e.code === 'help.rule.largeJob');
    const contact = { point: await contactPointOfDistrict(db, district.id), now: deps.clock.now() };
    return (ctx, form) => askPage(ctx, form, { ...data, ...contact, referrals: large(form.errors) ? referrals : null });
  }

  /** Before the form is read: no neighbour help here, or too many tries from this address (every try counts). */
  const gate: preHandlerAsyncHookHandler = async function (request, reply) {
    if (request.method !== 'POST') return;
    const subject = await load(request);
    if (subject.rules === undefined) return sendPage(request, reply, (ctx) => notAvailablePage(ctx));
    if (!(await overRateLimit(db, reply, [[`help:ask:ip:${request.ip}`, askLimit]], deps.clock.now()))) return;
    const show = await page(request, subject);
    const form = { values: parseForm(requestForm, request.body).values, errors: { _form: { code: 'help.rateLimited' } } };
    return sendPage(request, reply, (ctx) => show(ctx, form), 429);
  };

  formRoute(app, {
    path: '/:district/hulp/vragen',
    preHandler: gate,
    load,
    defaults: () => ({ frequency: 'once' }),
    page,
    schema: requestForm,
    act: (request, { district, rules }, data) =>
      rules === undefined
        ? Promise.resolve(ruleRefusal('help.refusal.notAvailable'))
        : askForHelp(actionContext(request, deps), district, rules, data, request.t),
    done: (_request, _subject, asked) => `${asked.statusPath}?nieuw=1${asked.mailed ? '&gemaild=1' : ''}`,
  });
}
