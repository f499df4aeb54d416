import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { findBuurt, listBuurten } from '../../../platform/geography/geography.repository.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';
import { formatDate, type Translate } from '../../../platform/i18n/i18n.ts';
import { costText, describeSchedule } from '../common/common.views.tsx';
import { listTerms, loadDataset } from '../model/dataset.repository.ts';
import type { Dataset, Term } from '../model/guide.model.ts';
import { assessmentDimensions, scoreLevel } from '../model/entries.rules.ts';
import { meterkastkaart, overview, type OverviewSection } from './paper.pdf.ts';
import { cardGroups, lineOf } from './paper.rules.ts';
import { localMoment } from '../model/schedule.rules.ts';
import { districtOf } from '../search/search.routes.tsx';
import { termIdOf } from '../model/taxonomy.ts';

/** The kinds of question of the meterkastkaart: the children of "Waar kan ik terecht met…". */
export function questionKinds(terms: readonly Term[]): Term[] {
  const parent = termIdOf('thema', 'vraag');
  return terms.filter((t) => t.parentId === parent);
}

function overviewSections(
  t: Translate,
  lang: 'nl' | 'en',
  data: Dataset,
  kinds: readonly Term[],
  buurtName: (id: string | null) => string,
): OverviewSection[] {
  const placed = new Set<string>();
  const services = data.services.filter((s) => s.status === 'active');
  const sections = kinds.map((kind) => ({
    heading: t(`guide.term.thema.${kind.code}`),
    entries: services
      .filter((s) => !placed.has(s.id) && s.termIds.includes(kind.id))
      .map((s) => {
        placed.add(s.id);
        const line = lineOf(s, data, null);
        const places = data.serviceAtLocations
          .filter((x) => x.serviceId === s.id)
          .flatMap((x) => data.locations.find((l) => l.id === x.locationId) ?? []);
        const hours = data.schedules
          .filter((x) => x.serviceId === s.id && x.exception === 'none')
          .map((x) => `${t(`guide.kind.${x.kind}`)}: ${describeSchedule(t, x, lang)}`);
        return {
          title: s.name,
          lines: [
            s.description,
            `${t('guide.service.by')} ${line.organization} · ${t('guide.service.cost')}: ${costText(t, s)}`,
            line.contact
              ? `${t('guide.card.call')} ${line.contact.name}${line.phone ? `, ${line.phone}` : ''}`
              : line.phone
                ? `${t('guide.card.phone')} ${line.phone}`
                : '',
            ...places.map((l) => `${l.name}, ${[l.streetAddress, buurtName(l.buurtId)].filter(Boolean).join(', ')}`),
            ...hours,
          ],
        };
      }),
  }));
  const meeting = data.locations
    .filter((l) => l.isMeetingPlace)
    .map((l) => ({
      title: l.name,
      lines: [
        [l.streetAddress, buurtName(l.buurtId)].filter(Boolean).join(', '),
        l.description,
        ...data.schedules.filter((s) => s.locationId === l.id && s.exception === 'none').map((s) => describeSchedule(t, s, lang)),
        l.assessment
          ? assessmentDimensions
              .map((d) => `${t(`guide.assessment.${d}`)}: ${t(`guide.assessment.${d}.${scoreLevel(l.assessment?.[d] ?? 0).level}`)}`)
              .join(' · ')
          : '',
      ],
    }));
  return [...sections.filter((s) => s.entries.length > 0), { heading: t('guide.overview.meetingPlaces'), entries: meeting }];
}

export function paperRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const send = (reply: FastifyReply, pdf: Buffer, name: string) =>
    reply.type('application/pdf').header('content-disposition', `inline; filename="${name}"`).header('cache-control', 'no-store').send(pdf);

  app.get<{ Params: { district: string; file: string } }>('/:district/gids/meterkastkaart/:file', async (request, reply) => {
    const district = districtOf(request);
    const slug = /^([a-z0-9-]{1,80})\.pdf$/.exec(request.params.file)?.[1];
    const buurt = slug === undefined ? undefined : await findBuurt(db, district.id, slug);
    if (buurt === undefined) throw new HttpProblem(404);
    const data = await loadDataset(db, { districtId: district.id });
    const pdf = await meterkastkaart({
      t: request.t,
      lang: request.lang,
      buurt: buurt.name,
      district: district.name,
      groups: cardGroups(data, questionKinds(await listTerms(db)), buurt.id),
      url: new URL(`/${district.slug}/buurten/${buurt.slug}`, deps.config.baseUrl).href,
      date: formatDate(localMoment(deps.clock.now()).date, request.lang),
    });
    return send(reply, pdf, `meterkastkaart-${buurt.slug}.pdf`);
  });

  app.get('/:district/gids/overzicht.pdf', async (request: FastifyRequest, reply) => {
    const district = districtOf(request);
    const data = await loadDataset(db, { districtId: district.id });
    const buurten = await listBuurten(db, district.id);
    const pdf = await overview({
      t: request.t,
      lang: request.lang,
      district: district.name,
      year: Number(localMoment(deps.clock.now()).date.slice(0, 4)),
      url: new URL(`/${district.slug}/gids`, deps.config.baseUrl).href,
      sections: overviewSections(
        request.t,
        request.lang,
        data,
        questionKinds(await listTerms(db)),
        (id) => buurten.find((b) => b.id === id)?.name ?? '',
      ),
    });
    return send(reply, pdf, `wegwijzer-${district.slug}.pdf`);
  });
}
