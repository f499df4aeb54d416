import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { Outcome } from '../../../platform/actions/outcome.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute, type FormPage } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf } from '../../../platform/http/guards.ts';
import { emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { accessOf, loadDistrict, requirePact } from '../shared/access.ts';
import { indicatorPage } from './indicator.views.tsx';
import { addIndicator, addValue, indicatorsWithTrend, setTarget, type IndicatorWithTrend } from './monitoring.actions.ts';
import { indicatorForm, targetPageForm, valueForm } from './monitoring.schema.ts';
import { newIndicatorPage } from './new-indicator.views.tsx';
import { resultNotices } from './results.routes.tsx';

type Req = FastifyRequest<{ Params: { indicator: string } }>;

/** The action names the API's fields; the indicator page calls them targetValue and targetYear. */
function asTargetFields<T>(outcome: Outcome<T>): Outcome<T> {
  if (outcome.ok) return outcome;
  const { year, value, ...rest } = outcome.errors;
  return { ...outcome, errors: { ...rest, ...(value ? { targetValue: value } : {}), ...(year ? { targetYear: year } : {}) } };
}

/** Indicators: the coordinator adds them and their measured values, the steering group sets their targets. */
export function indicatorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const base = (request: FastifyRequest) => `/${districtOf(request).slug}/resultaten/indicatoren`;
  const newForm = { values: { unit: 'percent', better: 'higher' }, errors: {} };

  app.get('/:district/resultaten/indicatoren/nieuw', { preHandler: requirePact('coordinate') }, async (request, reply) =>
    sendPage(request, reply, (ctx) => newIndicatorPage(ctx, newForm)),
  );
  formRoute(app, {
    path: '/:district/resultaten/indicatoren',
    preHandler: requirePact('coordinate'),
    load: loadDistrict,
    page: () => newIndicatorPage,
    schema: indicatorForm,
    act: (request, district, input) => addIndicator(actionContext(request, deps), district, input),
    done: (request, _district, id) => `${base(request)}/${id}?melding=indicator-toegevoegd`,
    shownOn: (request) => `${base(request)}/nieuw`,
  });

  async function load(request: Req): Promise<IndicatorWithTrend> {
    const [item] = await indicatorsWithTrend(actionContext(request, deps), districtOf(request).id, request.params.indicator);
    if (item === undefined) throw new HttpProblem(404);
    return item;
  }

  function page(request: Req, item: IndicatorWithTrend, shown: 'value' | 'target'): FormPage {
    const data = { item, access: accessOf(request), notice: noticeOf(request, 'pact.notice', resultNotices) };
    const thisYear = { values: { year: String(deps.clock.now().getUTCFullYear()) }, errors: {} };
    return (ctx, form: FormState) =>
      indicatorPage(ctx, data, {
        value: shown === 'value' && Object.keys(form.values).length > 0 ? form : thisYear,
        target: shown === 'target' ? form : emptyForm,
      });
  }

  const url = (request: Req, item: IndicatorWithTrend) => `${base(request)}/${item.indicator.id}`;
  app.get<{ Params: { indicator: string } }>(
    '/:district/resultaten/indicatoren/:indicator',
    { preHandler: requirePact('coordinate') },
    async (request, reply) => {
      const shown = page(request, await load(request), 'value');
      return sendPage(request, reply, (ctx) => shown(ctx, emptyForm));
    },
  );
  formRoute(app, {
    path: '/:district/resultaten/indicatoren/:indicator/metingen',
    preHandler: requirePact('coordinate'),
    load,
    page: (request: Req, item) => page(request, item, 'value'),
    schema: valueForm,
    act: (request, item, input) => addValue(actionContext(request, deps), item.indicator.id, input),
    done: (request: Req, item) => `${url(request, item)}?melding=meting-opgeslagen`,
    shownOn: url,
  });
  formRoute(app, {
    path: '/:district/resultaten/indicatoren/:indicator/doel',
    preHandler: requirePact('steer'),
    load,
    page: (request: Req, item) => page(request, item, 'target'),
    schema: targetPageForm,
    act: async (request, item, input) => asTargetFields(await setTarget(actionContext(request, deps), item.indicator.id, input)),
    done: (request: Req, item) => `${url(request, item)}?melding=doel-opgeslagen`,
    shownOn: url,
  });
}
