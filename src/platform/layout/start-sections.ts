import { versionsCache } from '../cache/versions-cache.ts';
import type { Feature, StartSection, StartSectionInput, StartSlot } from '../feature.ts';

type Kept = ReturnType<typeof versionsCache<string>>;
const kept = new WeakMap<StartSection, Kept>();

/**
 * One section's HTML; kept per district, buurt, place and language while its data versions
 * and the minute stay the same (the start page is the most asked page, its blocks change
 * rarely; "today" and "starts at" move with the minute).
 */
function renderSection(section: StartSection, input: StartSectionInput): Promise<string> {
  if (section.versions === undefined) return section.render(input);
  let cache = kept.get(section);
  if (cache === undefined) {
    // Slugs and buurt names come with the district: its version is always followed.
    cache = versionsCache<string>([...section.versions, 'districts']);
    kept.set(section, cache);
  }
  const { db, ctx, district, buurt, where, now } = input;
  const key = `${district.id}|${buurt?.id ?? ''}|${where}|${ctx.lang}`;
  return cache(db, key, () => section.render(input), String(Math.floor(now.getTime() / 60_000)));
}

/** The HTML of one slot: every feature's section for it, in feature order; '' when none has anything to show. */
export async function renderSlot(features: readonly Feature[], slot: StartSlot, input: StartSectionInput): Promise<string> {
  const sections = features.flatMap((f) => (f.startSections ?? []).filter((s) => s.slot === slot));
  const parts = await Promise.all(sections.map((s) => renderSection(s, input)));
  return parts.join('');
}
