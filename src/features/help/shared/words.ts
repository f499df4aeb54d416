import { formatEuros, type Lang, type Translate } from '../../../platform/i18n/i18n.ts';
import { daysIn, partsIn } from './time.rules.ts';

/** Neighbour help's amounts, times and kinds of help in words, for pages and mails alike. */

export function money(cents: number, lang: Lang): string {
  return formatEuros(cents, lang);
}

/** "1 uur en 30 minuten", in words rather than 1.5. */
export function duration(t: Translate, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('help.duration.minutes', { count: rest });
  if (rest === 0) return t('help.duration.hours', { count: hours });
  return `${t('help.duration.hours', { count: hours })} ${t('help.duration.and')} ${t('help.duration.minutes', { count: rest })}`;
}

/**
 * A request's reference for the phone: the first eight characters of its id, in capitals, so a
 * resident without e-mail can name their request when they call (issue 10.10).
 */
export function referenceOf(id: string): string {
  return id.slice(0, 8).toUpperCase();
}

/** What a request is about in two or three words: its talent, or its kind. */
export function requestLabel(t: Translate, r: { talent: string | null; kind: string }): string {
  return r.talent === null ? t(`help.kind.${r.kind}`) : t(`help.talent.${r.talent}`);
}

/** Weekly day parts in words: "Dinsdag, Donderdag: Middag"; `empty` when none are chosen. */
export function slotsText(t: Translate, mask: number, empty: string): string {
  if (mask === 0) return t(empty);
  const dayWords = daysIn(mask).map((d) => t(`help.day.${d}`));
  const partWords = partsIn(mask).map((p) => t(`help.part.${p}`));
  return `${dayWords.join(', ')}: ${partWords.join(', ')}`;
}

/** When the requester would like the help: the day parts, and the time in their own words. */
export function wishedText(t: Translate, r: { wishedSlots: number; wishedTime: string | null }): string {
  return [slotsText(t, r.wishedSlots, 'help.when.any'), r.wishedTime ?? ''].filter((p) => p !== '').join(' · ');
}
