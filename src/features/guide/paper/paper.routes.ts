import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { findBuurt, listBuurten } from '../../../platform/geography/geography.repository.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import { renderBlocksInWorker, renderInWorker } from '../../../platform/pdf/pdf-workers.ts';
import { sendPdf } from '../../../platform/pdf/send-pdf.ts';
import { loadDataset } from '../model/dataset.repository.ts';
import { localMoment } from '../model/schedule.rules.ts';
import { questionKinds } from '../model/taxonomy.ts';
import { cachedTerms } from '../model/terms.repository.ts';
import { overviewSections } from './overview.sections.ts';
import { cardPdf, overviewPdf } from './paper.views.ts';
import { cardGroups } from './paper.rules.ts';

/** The guide on paper, as PDF from live data: a meterkastkaart per buurt and the yearly overview of the district. */
export function paperRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const card = new URL('./card.pdf.ts', import.meta.url);

  app.get<{ Params: { district: string; file: string } }>('/:district/gids/meterkastkaart/:file', async (request, reply) => {
    const district = districtOf(request);
    const slug = /^([a-z0-9-]{1,80})\.pdf$/.exec(request.params.file)?.[1];
    const buurt = slug === undefined ? undefined : await findBuurt(db, district.id, slug);
    if (buurt === undefined) throw new HttpProblem(404);
    const data = await loadDataset(db, { districtId: district.id });
    const input = cardPdf({
      t: request.t,
      lang: request.lang,
      buurt: buurt.name,
      district: district.name,
      groups: cardGroups(data, questionKinds(await cachedTerms(db)), buurt.id),
      url: new URL(`/${district.slug}/buurten/${buurt.slug}`, deps.config.baseUrl).href,
      date: formatDate(localMoment(deps.clock.now()).date, request.lang),
    });
    const filename = `meterkastkaart-${buurt.slug}.pdf`;
    return sendPdf(request, reply, { key: `${filename}|${JSON.stringify(input)}`, filename, build: () => renderInWorker(card, input) });
  });

  app.get('/:district/gids/overzicht.pdf', async (request, reply) => {
    const district = districtOf(request);
    const data = await loadDataset(db, { districtId: district.id });
    const buurten = await listBuurten(db, district.id);
    const input = overviewPdf({
      t: request.t,
      lang: request.lang,
      district: district.name,
      year: Number(localMoment(deps.clock.now()).date.slice(0, 4)),
      url: new URL(`/${district.slug}/gids`, deps.config.baseUrl).href,
      sections: overviewSections(
        request.t,
        request.lang,
        data,
        questionKinds(await cachedTerms(db)),
        (id) => buurten.find((b) => b.id === id)?.name ?? '',
      ),
    });
    const filename = `wegwijzer-${district.slug}.pdf`;
    return sendPdf(request, reply, { key: `${filename}|${JSON.stringify(input)}`, filename, build: () => renderBlocksInWorker(input) });
  });
}
