import type { Translate } from '../../platform/i18n/i18n.ts';
import type { Reason } from './ranking.rules.ts';

/** A ranking reason in words; the talents that fit are named one by one. */
export function reasonText(t: Translate, reason: Reason): string {
  if (reason.key !== 'help.reason.talent') return t(reason.key, reason.params);
  const talents = String(reason.params?.talents ?? '')
    .split(',')
    .filter((x) => x !== '');
  return t(reason.key, { talents: talents.map((x) => t(`help.talent.${x}`)).join(', ') });
}
