const storyKinds = ['story', 'news'] as const;
export type StoryKind = (typeof storyKinds)[number];
const storyStatuses = ['submitted', 'published', 'rejected'] as const;
export type StoryStatus = (typeof storyStatuses)[number];

export const kindOf = (v: string): StoryKind => storyKinds.find((k) => k === v) ?? 'story';
export const statusOf = (v: string): StoryStatus => storyStatuses.find((s) => s === v) ?? 'submitted';

/** The byline: the writer's name only with their consent, else "a resident of <buurt>" or "a resident". */
export function bylineOf(story: { kind: StoryKind; authorName: string; showName: boolean }): { name: string } | { anonymous: true } {
  return story.kind === 'news' || story.showName ? { name: story.authorName } : { anonymous: true };
}

/** The first words of a story, for lists and feeds. */
export function summaryOf(body: string, max = 200): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}
