import type { PdfBlock } from '../../../platform/pdf/blocks.pdf.ts';

/**
 * The newspaper edition fits 2–4 A4 pages: the stories on the first pages (a budget of
 * about two pages of text, a long story shortened with a pointer to the
 * portal), then one page "what's on". At 11 points an A4 page holds about 3,600 characters.
 */
export const editionLimits = { storyCharacters: 6_000, perStory: 1_500, agendaRows: 24 } as const;

export interface EditionStory {
  title: string;
  body: string;
  byline: string;
  url: string;
}
export interface EditionDate {
  date: string;
  time: string;
  title: string;
  place: string;
}
export interface EditionWords {
  title: string;
  period: string;
  intro: string;
  storiesHeading: string;
  noStories: string;
  agendaHeading: string;
  agendaHead: [string, string, string, string];
  noAgenda: string;
  readOn: (url: string) => string;
  more: string;
  contact: string;
}

function shorten(text: string, max: number): { text: string; cut: boolean } {
  const flat = text.replace(/[ \t]+/g, ' ').trim();
  if (flat.length <= max) return { text: flat, cut: false };
  const cut = flat.slice(0, max);
  return { text: `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))} …`, cut: true };
}

/** The edition as blocks, in reading order: stories first (newest first), as many as fit, then the agenda. */
export function assembleEdition(stories: readonly EditionStory[], dates: readonly EditionDate[], words: EditionWords): PdfBlock[] {
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: words.title },
    { kind: 'paragraph', text: words.period, style: { bold: true } },
    { kind: 'paragraph', text: words.intro },
    { kind: 'heading', level: 2, text: words.storiesHeading },
  ];
  let budget: number = editionLimits.storyCharacters;
  let left = 0;
  for (const story of stories) {
    if (budget < 400) {
      left++;
      continue;
    }
    const body = shorten(story.body, Math.min(editionLimits.perStory, budget));
    budget -= body.text.length + story.title.length + 200;
    blocks.push({ kind: 'heading', level: 3, text: story.title });
    if (story.byline !== '') blocks.push({ kind: 'paragraph', text: story.byline });
    blocks.push({ kind: 'paragraph', text: body.cut ? `${body.text}\n${words.readOn(story.url)}` : body.text });
  }
  if (stories.length === 0) blocks.push({ kind: 'paragraph', text: words.noStories });
  blocks.push({ kind: 'pageBreak' }, { kind: 'heading', level: 2, text: words.agendaHeading });
  const rows = dates.slice(0, editionLimits.agendaRows).map((d) => [d.date, d.time, d.title, d.place]);
  if (rows.length === 0) blocks.push({ kind: 'paragraph', text: words.noAgenda });
  else blocks.push({ kind: 'table', head: words.agendaHead, rows });
  if (left > 0 || dates.length > rows.length) blocks.push({ kind: 'paragraph', text: words.more });
  blocks.push({ kind: 'paragraph', text: words.contact, style: { bold: true } });
  return blocks;
}
