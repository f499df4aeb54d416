import type { Feature, StartSectionInput, StartSlot } from '../feature.ts';

/** The HTML of one slot: every feature's section for it, in feature order; '' when none has anything to show. */
export async function renderSlot(features: readonly Feature[], slot: StartSlot, input: StartSectionInput): Promise<string> {
  const sections = features.flatMap((f) => (f.startSections ?? []).filter((s) => s.slot === slot));
  const parts = await Promise.all(sections.map((s) => s.render(input)));
  return parts.join('');
}
