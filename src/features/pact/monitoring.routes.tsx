import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/feature.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { emptyForm, type FormState } from '../../platform/layout/forms.tsx';
import { sendPage } from '../../platform/layout/render.ts';
import { agendaOfYear } from './agenda.service.ts';
import { indicatorPage, newIndicatorPage } from './indicator.views.tsx';
import { indicatorForm, targetPageForm, valueForm } from './monitoring.schema.ts';
import { addIndicator, addValue, collectProcessFigures, indicatorsWithTrend, setTarget } from './monitoring.service.ts';
import { resultsPage, trendSentence } from './monitoring.views.tsx';
import { accessOf, districtOf, noticeOf, requirePact, today } from './pact.http.ts';
import { yearOf } from './partners.routes.tsx';
import { reportPdf } from './report.pdf.ts';
import { reportPage, type ReportData } from './report.views.tsx';
import { settingsOf } from './settings.repository.ts';
import { listMeetings } from './meetings.repository.ts';

type Req = FastifyRequest<{ Params: { district: string; indicator?: string }; Querystring: { jaar?: string; melding?: string } }>;
const notices = ['indicator-toegevoegd', 'meting-opgeslagen', 'doel-opgeslagen'];

export function monitoringRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const coordinate = { preHandler: requirePact('coordinate') };
  const steer = { preHandler: requirePact('steer') };
  const yearIn = (request: Req) => yearOf(request.query.jaar, deps.clock.now().getUTCFullYear());

  app.get('/:district/resultaten', async (request: Req, reply) => {
    const district = districtOf(request);
    const year = yearIn(request);
    const data = {
      year,
      indicators: await indicatorsWithTrend(deps, district.id),
      ...(await collectProcessFigures(app, deps, district.id, year)),
      access: accessOf(request),
      notice: noticeOf(request, notices),
    };
    return sendPage(request, reply, (ctx) => resultsPage(ctx, data));
  });

  async function report(request: Req): Promise<ReportData> {
    const district = districtOf(request);
    const year = yearIn(request);
    const held = await listMeetings(db, district.id, { from: `${year}-01-01`, to: `${year + 1}-01-01` });
    return {
      year,
      pactName: (await settingsOf(db, district.id)).pactName ?? request.t('pact.hub.title'),
      generatedOn: today(deps.clock.now()),
      indicators: await indicatorsWithTrend(deps, district.id),
      ...(await collectProcessFigures(app, deps, district.id, year)),
      projects: (await agendaOfYear(deps, district.id, year)).projects,
      meetingsHeld: held.filter((m) => m.status === 'held').length,
    };
  }

  app.get('/:district/resultaten/rapport', async (request: Req, reply) => {
    const data = await report(request);
    return sendPage(request, reply, (ctx) => reportPage(ctx, data));
  });

  app.get('/:district/resultaten/rapport.pdf', async (request: Req, reply) => {
    const district = districtOf(request);
    const data = await report(request);
    const pdf = await reportPdf(data, request.t, request.lang, (item) => trendSentence(request.t, request.lang, item));
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="voortgang-${district.slug}-${data.year}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });

  app.get('/:district/resultaten/indicatoren/nieuw', coordinate, async (request: Req, reply) =>
    sendPage(request, reply, (ctx) => newIndicatorPage(ctx, { values: { unit: 'percent', better: 'higher' }, errors: {} })),
  );
  app.post('/:district/resultaten/indicatoren', coordinate, async (request: Req, reply) => {
    const form = parseForm(indicatorForm, request.body);
    if (!form.ok) return sendPage(request, reply, (ctx) => newIndicatorPage(ctx, form), 422);
    const id = await addIndicator(deps, districtOf(request), form.data);
    return reply.redirect(`/${districtOf(request).slug}/resultaten/indicatoren/${id}?melding=indicator-toegevoegd`, 303);
  });

  async function renderIndicator(request: Req, reply: FastifyReply, forms: { value: FormState; target: FormState }, status = 200) {
    const [item] = await indicatorsWithTrend(deps, districtOf(request).id, request.params.indicator ?? '');
    if (item === undefined) throw new HttpProblem(404);
    const value =
      Object.keys(forms.value.values).length > 0
        ? forms.value
        : { values: { year: String(deps.clock.now().getUTCFullYear()) }, errors: {} };
    return sendPage(
      request,
      reply,
      (ctx) => indicatorPage(ctx, { item, access: accessOf(request), notice: noticeOf(request, notices) }, { value, target: forms.target }),
      status,
    );
  }

  app.get('/:district/resultaten/indicatoren/:indicator', coordinate, async (request: Req, reply) =>
    renderIndicator(request, reply, { value: emptyForm, target: emptyForm }),
  );

  app.post('/:district/resultaten/indicatoren/:indicator/metingen', coordinate, async (request: Req, reply) => {
    const [item] = await indicatorsWithTrend(deps, districtOf(request).id, request.params.indicator ?? '');
    if (item === undefined) throw new HttpProblem(404);
    const form = parseForm(valueForm, request.body);
    const outcome = form.ok ? await addValue(deps, item.indicator.id, form.data) : form;
    if (!outcome.ok)
      return renderIndicator(request, reply, { value: { values: form.values, errors: outcome.errors }, target: emptyForm }, 422);
    return reply.redirect(`/${districtOf(request).slug}/resultaten/indicatoren/${item.indicator.id}?melding=meting-opgeslagen`, 303);
  });

  app.post('/:district/resultaten/indicatoren/:indicator/doel', steer, async (request: Req, reply) => {
    const [item] = await indicatorsWithTrend(deps, districtOf(request).id, request.params.indicator ?? '');
    if (item === undefined) throw new HttpProblem(404);
    const form = parseForm(targetPageForm, request.body);
    const outcome = form.ok ? await setTarget(deps, item.indicator.id, form.data) : form;
    if (!outcome.ok) {
      // The service names the API's fields; this form calls them targetValue and targetYear.
      const { year, value, ...rest } = outcome.errors;
      const errors = { ...rest, ...(value ? { targetValue: value } : {}), ...(year ? { targetYear: year } : {}) };
      return renderIndicator(request, reply, { value: emptyForm, target: { values: form.values, errors } }, 422);
    }
    return reply.redirect(`/${districtOf(request).slug}/resultaten/indicatoren/${item.indicator.id}?melding=doel-opgeslagen`, 303);
  });
}
