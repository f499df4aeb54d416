import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate, type Translate } from '../../../platform/i18n/i18n.ts';
import { Badge, ButtonForm, DataList, P } from '../ui/blocks.tsx';
import type { Travel } from './consent.rules.ts';
import type { NamedConsent } from './recipients.ts';

/** Why personal data goes to a receiver or not, in one sentence. */
export function travelText(t: Translate, travel: Travel, lang: PageContext['lang']): string {
  if (!travel.personal) return t(`questions.travel.${travel.reason}`);
  return t('questions.travel.shared', {
    items: travel.items.map((i) => t(`questions.item.${i}`)).join(', '),
    until: formatDate(travel.until, lang),
  });
}

/** The consents of a question for staff; a coordinator may withdraw one for the resident (`withdrawBase`). */
export function ConsentList({
  ctx,
  consents,
  withdrawBase,
}: {
  ctx: PageContext;
  consents: readonly NamedConsent[];
  withdrawBase: string | null;
}) {
  const { t } = ctx;
  if (consents.length === 0) return <P text={t('questions.consent.none')} />;
  return (
    <>
      {consents.map((c) => (
        <div class="wp-q-panel">
          <p class="utrecht-paragraph">
            <Badge text={t(`questions.consent.state.${c.status}`)} kind={c.status === 'given' ? 'success' : 'neutral'} />
          </p>
          <DataList
            rows={[
              [t('questions.consent.to'), c.recipients],
              [t('questions.consent.items'), c.items.map((i) => t(`questions.item.${i}`)).join(', ')],
              [t('questions.consent.purpose'), c.purpose],
              [t('questions.consent.until'), formatDate(c.validUntil, ctx.lang)],
              [t('questions.consent.how'), t(`questions.consent.how.${c.how}`, { name: c.recordedByName ?? t('questions.someone') })],
            ]}
          />
          {withdrawBase !== null && (c.status === 'given' || c.status === 'requested') ? (
            <ButtonForm
              action={`${withdrawBase}/${c.id}/intrekken`}
              csrf={ctx.csrfToken}
              label={t('questions.consent.withdrawForResident')}
              secondary
            />
          ) : (
            ''
          )}
        </div>
      ))}
    </>
  );
}
