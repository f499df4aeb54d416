import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import { travelText } from '../consent/consent-list.views.tsx';
import type { Travel } from '../consent/consent.rules.ts';
import { isOverdue } from '../question/question.rules.ts';
import type { Referral } from '../referrals/referrals.repository.ts';
import { Badge, ButtonForm, DataList } from '../ui/blocks.tsx';

/** One referral of the question, for the coordinator: its state, what its receiver may see, and a way to take it back. */
export function ReferralPanel({
  ctx,
  base,
  referral,
  now,
}: {
  ctx: PageContext;
  base: string;
  referral: Referral & { travel: Travel };
  now: Date;
}) {
  const { t } = ctx;
  const late = referral.status === 'pending' && isOverdue(referral.dueAt, now);
  return (
    <div class="wp-q-panel">
      <h3 class="utrecht-heading-3" safe>{`${referral.contactName} (${referral.organizationName})`}</h3>
      <p class="utrecht-paragraph">
        <Badge text={t(`questions.referral.state.${referral.status}`)} kind={referral.status === 'declined' ? 'warning' : 'neutral'} />{' '}
        {late ? <Badge kind="danger" text={t('questions.badge.late')} /> : ''}
      </p>
      <DataList
        rows={[
          [t('questions.referral.since'), formatDateTime(referral.createdAt, ctx.lang)],
          [t('questions.referral.due'), referral.status === 'pending' ? formatDateTime(referral.dueAt, ctx.lang) : null],
          [t('questions.referral.summary'), referral.summary],
          [t('questions.referral.formalCare'), t(referral.formalCare ? 'questions.yes' : 'questions.no')],
          [t('questions.referral.personalData'), travelText(t, referral.travel, ctx.lang)],
          [t('questions.referral.declineReason'), referral.declineReason],
          [t('questions.referral.outcome'), referral.outcome],
        ]}
      />
      {referral.status === 'pending' ? (
        <ButtonForm
          action={`${base}/doorverwijzingen/${referral.id}/intrekken`}
          csrf={ctx.csrfToken}
          label={t('questions.action.retract')}
          secondary
        />
      ) : (
        ''
      )}
    </div>
  );
}
