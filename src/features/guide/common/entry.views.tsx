import { formatDate, type Translate } from '../../../platform/i18n/i18n.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { euros } from '../model/cost.rules.ts';
import type { Service } from '../model/guide.model.ts';
import { termLabelKey, type Term } from '../model/taxonomy.ts';

export function costText(t: Translate, s: Pick<Service, 'costKind' | 'costCents' | 'costDescription'>): string {
  const base = s.costKind === 'free' ? t('guide.cost.free') : s.costKind === 'ask' ? t('guide.cost.ask') : euros(s.costCents ?? 0);
  return s.costDescription ? `${base} (${s.costDescription})` : base;
}

export function termNames(
  t: Translate,
  terms: ReadonlyMap<string, Term>,
  ids: readonly string[],
  taxonomy: Term['taxonomyCode'],
): string[] {
  return ids.flatMap((id) => {
    const term = terms.get(id);
    return term?.taxonomyCode === taxonomy ? [t(termLabelKey(term))] : [];
  });
}

export function StaleNotice({ ctx, stale, verifiedAt }: { ctx: PageContext; stale: boolean; verifiedAt: string | null }) {
  const when = verifiedAt === null ? ctx.t('guide.verified.never') : formatDate(verifiedAt, ctx.lang);
  if (!stale) {
    return (
      <p class="utrecht-paragraph wp-verified" safe>
        {verifiedAt === null ? ctx.t('guide.verified.none') : ctx.t('guide.verified.on', { date: when })}
      </p>
    );
  }
  return (
    <div class="utrecht-alert utrecht-alert--warning" role="note">
      <p class="utrecht-paragraph utrecht-alert__message" safe>
        {ctx.t('guide.verified.stale', { date: when })}
      </p>
    </div>
  );
}
