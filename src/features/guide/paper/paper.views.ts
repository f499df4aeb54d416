/** The words of the guide on paper, from live data: plain text for the PDF workers to set. */
import type { Lang, Translate } from '../../../platform/i18n/i18n.ts';
import type { BlocksDocument } from '../../../platform/pdf/blocks.pdf.ts';
import { describeSchedule } from '../common/schedule.views.tsx';
import type { CardBlock, CardPdf } from './card.pdf.ts';
import type { OverviewSection } from './overview.sections.ts';
import type { CardGroup, CardLine } from './paper.rules.ts';

export interface CardInput {
  t: Translate;
  lang: Lang;
  buurt: string;
  district: string;
  groups: CardGroup[];
  url: string;
  date: string;
}

function lineText(t: Translate, lang: Lang, line: CardLine): string {
  const who = line.contact ? line.contact.name : line.organization;
  const parts = [who, line.phone ? `${t('guide.card.phone')} ${line.phone}` : ''];
  const hours = line.walkIn.map((s) => `${t(`guide.kind.${s.kind}`)}: ${describeSchedule(t, s, lang)}`);
  return [parts.filter(Boolean).join(' · '), ...hours].join('\n');
}

/** The meterkastkaart of a buurt, as text. */
export function cardPdf(input: CardInput): CardPdf {
  const { t } = input;
  const blocks: CardBlock[] = input.groups.flatMap((g) => [
    { heading: t(`guide.term.thema.${g.term.code}`) },
    ...g.lines.map((l) => ({ title: l.service.name, text: lineText(t, input.lang, l) })),
  ]);
  return {
    meta: { title: t('guide.card.title', { buurt: input.buurt }), lang: input.lang },
    heading: t('guide.card.heading'),
    place: `${input.buurt}, ${input.district}`,
    blocks,
    dropped: input.groups.reduce((n, g) => n + g.more, 0),
    more: t('guide.card.more', { url: input.url }),
    footer: t('guide.card.footer', { url: input.url, date: input.date }),
  };
}

/** The yearly overview of everything in the district (seed 000 §8): large type, as many pages as it takes. */
export function overviewPdf(input: {
  t: Translate;
  lang: Lang;
  district: string;
  year: number;
  url: string;
  sections: OverviewSection[];
}): BlocksDocument {
  const { t } = input;
  const title = t('guide.overview.title', { district: input.district, year: input.year });
  return {
    meta: { title, lang: input.lang },
    blocks: [
      { kind: 'heading', level: 1, text: title, style: { size: 28 } },
      { kind: 'paragraph', text: t('guide.overview.intro', { url: input.url }), style: { size: 15, gap: 15 } },
      ...input.sections.flatMap((section) => [
        { kind: 'heading' as const, level: 2 as const, text: section.heading, style: { size: 20, gap: 6 } },
        ...section.entries.flatMap((entry) => [
          { kind: 'heading' as const, level: 3 as const, text: entry.title, style: { size: 15, gap: 1 } },
          { kind: 'paragraph' as const, text: entry.lines.filter(Boolean).join('\n'), style: { size: 13, gap: 10 } },
        ]),
      ]),
    ],
  };
}
