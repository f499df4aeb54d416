import type { Story } from './story.repository.ts';

const escapeXml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** An Atom 1.0 feed (RFC 4287) of published stories; the id of each entry is its page, which never moves. */
export function atomFeed(feed: {
  title: string;
  selfUrl: string;
  pageUrl: string;
  updated: string;
  anonymous: string;
  entries: readonly { story: Story; url: string; summary: string }[];
}): string {
  const entries = feed.entries.map(({ story, url, summary }) =>
    [
      '<entry>',
      `<id>${escapeXml(url)}</id>`,
      `<title>${escapeXml(story.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `<published>${story.publishedAt ?? story.updatedAt}</published>`,
      `<updated>${story.updatedAt}</updated>`,
      `<author><name>${escapeXml(story.kind === 'news' || story.showName ? story.authorName : feed.anonymous)}</name></author>`,
      `<summary>${escapeXml(summary)}</summary>`,
      '</entry>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${escapeXml(feed.pageUrl)}</id>`,
    `<title>${escapeXml(feed.title)}</title>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `<updated>${feed.updated}</updated>`,
    ...entries,
    '</feed>',
  ].join('\n');
}
