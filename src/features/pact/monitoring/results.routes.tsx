import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, noticeOf } from '../../../platform/http/guards.ts';
import { renderInWorker } from '../../../platform/pdf/pdf-workers.ts';
import { sendPdf } from '../../../platform/pdf/send-pdf.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { gapLinkFor } from '../../cooperative/index.ts';
import { agendaOfYear } from '../agenda/agenda.actions.ts';
import { listMeetings } from '../meetings/meetings.repository.ts';
import { settingsOf } from '../settings/settings.repository.ts';
import { accessOf } from '../shared/access.ts';
import { dayOf, yearOf } from '../shared/days.rules.ts';
import { collectProcessFigures, indicatorsWithTrend } from './monitoring.actions.ts';
import { reportPage, reportPdf, type ReportData } from './report.views.tsx';
import { resultsPage } from './results.views.tsx';

type Req = FastifyRequest<{ Querystring: { jaar?: string } }>;

export const resultNotices = ['indicator-toegevoegd', 'meting-opgeslagen', 'doel-opgeslagen'];

/** The district's measured results: indicators against their targets, live process figures, and the progress report. */
export function resultsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const reportModule = new URL('./report.pdf.ts', import.meta.url);
  const yearIn = (request: Req) => yearOf(request.query.jaar, deps.clock.now().getUTCFullYear());

  app.get('/:district/resultaten', async (request: Req, reply) => {
    const ctx = actionContext(request, deps);
    const district = districtOf(request);
    const year = yearIn(request);
    const data = {
      year,
      indicators: await indicatorsWithTrend(ctx, district.id),
      ...(await collectProcessFigures(app, ctx, district.id, year)),
      access: accessOf(request),
      notice: noticeOf(request, 'pact.notice', resultNotices),
      gapLink: await gapLinkFor(db, district, request.user),
    };
    return sendPage(request, reply, (pageCtx) => resultsPage(pageCtx, data));
  });

  async function report(request: Req): Promise<ReportData> {
    const ctx = actionContext(request, deps);
    const district = districtOf(request);
    const year = yearIn(request);
    const held = await listMeetings(db, district.id, { from: `${year}-01-01`, to: `${year + 1}-01-01` });
    return {
      year,
      pactName: (await settingsOf(db, district.id)).pactName ?? request.t('pact.hub.title'),
      generatedOn: dayOf(ctx.now),
      indicators: await indicatorsWithTrend(ctx, district.id),
      ...(await collectProcessFigures(app, ctx, district.id, year)),
      projects: (await agendaOfYear(ctx, district.id, year)).projects,
      meetingsHeld: held.filter((m) => m.status === 'held').length,
    };
  }

  app.get('/:district/resultaten/rapport', async (request: Req, reply) => {
    const data = await report(request);
    return sendPage(request, reply, (ctx) => reportPage(ctx, data));
  });

  app.get('/:district/resultaten/rapport.pdf', async (request: Req, reply) => {
    const data = await report(request);
    const input = reportPdf(request.t, request.lang, data);
    const filename = `voortgang-${districtOf(request).slug}-${data.year}.pdf`;
    return sendPdf(request, reply, {
      key: `${filename}|${JSON.stringify(input)}`,
      filename,
      build: () => renderInWorker(reportModule, input),
    });
  });
}
