import type { Lang, Translate } from '../../../platform/i18n/i18n.ts';
import { assessmentDimensions, scoreLevel } from '../assessments/assessment.rules.ts';
import { costText } from '../common/entry.views.tsx';
import { describeSchedule } from '../common/schedule.views.tsx';
import type { Dataset } from '../model/guide.model.ts';
import type { Term } from '../model/taxonomy.ts';
import { lineOf } from './paper.rules.ts';

export interface OverviewSection {
  heading: string;
  entries: { title: string; lines: string[] }[];
}

/** The yearly overview: every active offer once, under the first kind of question it answers, then the meeting places. */
export function overviewSections(
  t: Translate,
  lang: Lang,
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
