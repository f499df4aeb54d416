import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { renderBlocksInWorker } from '../../../platform/pdf/pdf-workers.ts';
import { sendPdf } from '../../../platform/pdf/send-pdf.ts';
import { contactPointOfDistrict, locationNames, phoneOfPoint } from '../../guide/index.ts';
import { amsterdamParts, amsterdamToUtc } from '../../../platform/calendar/amsterdam-time.ts';
import { upcomingActivities } from '../../activities/index.ts';
import { publishedStories } from '../story/published.repository.ts';
import { requireEditor } from '../story/story.access.ts';
import { assembleEdition } from './newspaper.rules.ts';
import { newspaperPage } from './newspaper.views.tsx';

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const shift = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
};
const startOf = (month: string) => (amsterdamToUtc(`${month}-01`, '00:00') ?? new Date(`${month}-01T00:00:00Z`)).toISOString();

/** The edition of a month: the stories published the month before, and what is on in the month. */
async function editionOf(request: FastifyRequest, deps: AppDeps) {
  const { db } = deps.database;
  const district = districtOf(request);
  const asked = (request.query as { maand?: unknown }).maand;
  const month =
    asked === undefined ? amsterdamParts(deps.clock.now().toISOString())[0].slice(0, 7) : typeof asked === 'string' ? asked : '';
  if (!monthPattern.test(month)) throw new HttpProblem(404);
  const [stories, dates, point] = await Promise.all([
    publishedStories(db, district.id, { since: startOf(shift(month, -1)), until: startOf(month), buurtId: null, limit: 20 }),
    upcomingActivities(db, district.id, { from: startOf(month), to: startOf(shift(month, 1)), buurtId: null, limit: 200 }),
    contactPointOfDistrict(db, district.id),
  ]);
  const places = await locationNames(
    db,
    dates.map((d) => d.locationId),
  );
  return { district, month, stories, dates, places, point };
}

/** The editor assembles *Oost voor Elkaar* on paper: a page that shows what goes in, and the PDF (2–4 pages A4). */
export function newspaperRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/:district/verhalen/krant', { preHandler: requireEditor }, async (request, reply) => {
    const edition = await editionOf(request, deps);
    return sendPage(request, reply, (ctx) =>
      newspaperPage(ctx, { ...edition, previous: shift(edition.month, -1), next: shift(edition.month, 1) }),
    );
  });

  app.get('/:district/verhalen/krant.pdf', { preHandler: requireEditor }, async (request, reply) => {
    const { district, month, stories, dates, places, point } = await editionOf(request, deps);
    const t = request.t;
    const base = new URL(`/${district.slug}`, deps.config.baseUrl).href;
    const monthName = new Intl.DateTimeFormat(request.lang === 'en' ? 'en-GB' : 'nl-NL', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const title = t('stories.paper.title', { district: district.name });
    const blocks = assembleEdition(
      stories.map((s) => ({ title: s.title, body: s.body, byline: s.authorName ?? '', url: `${base}/verhalen/${s.id}` })),
      dates.map((d) => {
        const [date, time] = amsterdamParts(d.startsAt);
        return { date: date.split('-').reverse().join('-'), time, title: d.title, place: places.get(d.locationId) ?? '' };
      }),
      {
        title,
        period: monthName.format(new Date(`${month}-01T00:00:00Z`)),
        intro: t('stories.paper.intro'),
        storiesHeading: t('stories.paper.stories'),
        noStories: t('stories.paper.noStories'),
        agendaHeading: t('stories.paper.agenda'),
        agendaHead: [t('stories.paper.date'), t('stories.paper.time'), t('stories.paper.what'), t('stories.paper.where')],
        noAgenda: t('stories.paper.noAgenda'),
        readOn: (url) => t('stories.paper.readOn', { url }),
        more: t('stories.paper.more', { url: base }),
        contact:
          point === null
            ? t('stories.paper.contactPortal', { url: base })
            : t('stories.paper.contact', { name: point.name, phone: phoneOfPoint(point) ?? '', url: base }),
      },
    );
    const input = { meta: { title: `${title} – ${month}`, lang: request.lang }, blocks };
    const filename = `oost-voor-elkaar-${district.slug}-${month}.pdf`;
    return sendPdf(request, reply, { key: `${filename}|${JSON.stringify(input)}`, filename, build: () => renderBlocksInWorker(input) });
  });
}
