import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { amsterdamParts, amsterdamToUtc } from '../../../platform/calendar/amsterdam-time.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import { districtOf } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { renderBlocksInWorker } from '../../../platform/pdf/pdf-workers.ts';
import { sendPdf } from '../../../platform/pdf/send-pdf.ts';
import { contactPointOfDistrict, phoneOfPoint, placesWithAccess } from '../../guide/index.ts';
import { agendaItems } from './activities.repository.ts';
import { addDays } from './activity.rules.ts';
import { costText, dayText } from './agenda.components.tsx';
import { printBlocks, printPeriod, type PrintedItem } from './print.rules.ts';
import { printPage, type PrintData } from './print.views.tsx';

type PrintQuery = { week?: string; maand?: string; buurt?: string };
const midnight = (day: string) => (amsterdamToUtc(day, '00:00') ?? new Date(`${day}T00:00:00Z`)).toISOString();

/** The agenda of a week or a month on paper, for a walk-in point's notice board: a page to print, and the same as an accessible PDF. */
export function printRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  async function printData(request: FastifyRequest<{ Querystring: PrintQuery }>): Promise<PrintData> {
    const district = districtOf(request);
    const t = request.t;
    const period = printPeriod(request.query, amsterdamParts(deps.clock.now().toISOString())[0]);
    const buurten = await listBuurten(db, district.id);
    const buurt = buurten.find((b) => b.slug === request.query.buurt);
    const [items, places, point] = await Promise.all([
      agendaItems(db, district.id, { from: midnight(period.first), to: midnight(period.end), buurtId: buurt?.id, limit: 1_000 }),
      placesWithAccess(db, district.id),
      contactPointOfDistrict(db, district.id),
    ]);
    const placeOf = new Map(places.map((p) => [p.id, [p.name, p.address].filter((s) => s !== '').join(', ')]));
    const printed: PrintedItem[] = items.map(({ activity: a, startsAt, endsAt, cancelled }) => {
      const contact = [a.contactName, a.contactPhone ?? a.contactEmail ?? ''].filter((s) => s !== '').join(', ');
      return {
        day: amsterdamParts(startsAt)[0],
        time: `${amsterdamParts(startsAt)[1]} – ${amsterdamParts(endsAt)[1]}`,
        title: a.title,
        place: placeOf.get(a.locationId) ?? '',
        contact: t('activities.print.contact', { contact }),
        cost: costText(request, a.costCents),
        cancelled: cancelled === null ? '' : t('activities.cancelled.line', { reason: cancelled }),
      };
    });
    const url = new URL(`/${district.slug}/activiteiten`, deps.config.baseUrl).href;
    const monthName = new Intl.DateTimeFormat(request.lang === 'en' ? 'en-GB' : 'nl-NL', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return {
      period,
      buurt,
      buurten,
      items: printed,
      title: t('activities.print.title', { name: buurt?.name ?? district.name }),
      periodText:
        period.kind === 'month'
          ? monthName.format(new Date(`${period.first}T12:00:00Z`))
          : t('activities.print.week', { from: dayText(request, period.first), to: dayText(request, addDays(period.end, -1)) }),
      footer:
        point === null
          ? t('activities.print.footerPortal', { url })
          : t('activities.print.footer', { name: point.name, phone: phoneOfPoint(point) ?? '', url }),
    };
  }

  app.get('/:district/activiteiten/afdrukken', async (request: FastifyRequest<{ Querystring: PrintQuery }>, reply) => {
    const data = await printData(request);
    return sendPage(request, reply, (ctx) => printPage(ctx, data));
  });

  app.get('/:district/activiteiten/afdrukken.pdf', async (request: FastifyRequest<{ Querystring: PrintQuery }>, reply) => {
    const data = await printData(request);
    const words = { title: data.title, period: data.periodText, none: request.t('activities.print.none'), footer: data.footer };
    const blocks = printBlocks({ ...words, dayName: (day) => dayText(request, day) }, data.items);
    const input = { meta: { title: `${data.title} – ${data.periodText}`, lang: request.lang }, blocks };
    const filename = `activiteiten-${districtOf(request).slug}-${data.buurt?.slug ?? 'wijk'}-${data.period.kind}-${data.period.first}.pdf`;
    return sendPdf(request, reply, { key: `${filename}|${JSON.stringify(input)}`, filename, build: () => renderBlocksInWorker(input) });
  });
}
