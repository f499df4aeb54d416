import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { PostButton, Refusal } from '../shared/components.tsx';
import type { RankedCandidate, Reason } from './ranking.rules.ts';

/** A ranking reason in words; the talents that fit are named one by one. */
export function reasonText(t: Translate, reason: Reason): string {
  if (reason.key !== 'help.reason.talent') return t(reason.key, reason.params);
  const talents = String(reason.params?.talents ?? '')
    .split(',')
    .filter((x) => x !== '');
  return t(reason.key, { talents: talents.map((x) => t(`help.talent.${x}`)).join(', ') });
}

/** The ranked volunteers with their reasons, each with a button to propose them (to `proposeAction`). */
export function Candidates({ ctx, candidates, proposeAction }: { ctx: PageContext; candidates: RankedCandidate[]; proposeAction: string }) {
  const { t } = ctx;
  if (candidates.length === 0) return <Refusal t={t} rule="help.candidates.none" />;
  return (
    <ol class="utrecht-ordered-list wp-help-candidates">
      {candidates.map((c) => (
        <li class="utrecht-ordered-list__item wp-help-candidate">
          <strong safe>{c.name}</strong>
          <ul class="utrecht-unordered-list">
            {c.reasons.map((r) => (
              <li class="utrecht-unordered-list__item" safe>
                {reasonText(t, r)}
              </li>
            ))}
          </ul>
          <PostButton
            csrfToken={ctx.csrfToken}
            action={proposeAction}
            hidden={{ volunteer: c.volunteerId }}
            label={t('help.candidates.propose')}
            ariaLabel={t('help.candidates.proposeTo', { name: c.name })}
          />
        </li>
      ))}
    </ol>
  );
}
