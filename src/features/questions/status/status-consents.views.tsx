import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate, type Translate } from '../../../platform/i18n/i18n.ts';
import type { NamedConsent } from '../consent/recipients.ts';
import { ButtonForm, DataList, H2, P } from '../ui/blocks.tsx';

/** The resident's side of consent: a request to answer yes or no, and what they gave, to withdraw. */

function items(t: Translate, c: NamedConsent): string {
  return c.items.map((i) => t(`questions.item.${i}`)).join(', ');
}

export function ConsentRequest({ ctx, base, consent }: { ctx: PageContext; base: string; consent: NamedConsent }) {
  const { t } = ctx;
  return (
    <section class="wp-q-panel" aria-labelledby={`consent-${consent.id}`}>
      <H2 id={`consent-${consent.id}`} text={t('questions.status.consentAsk', { recipients: consent.recipients })} />
      <DataList
        rows={[
          [t('questions.consent.items'), items(t, consent)],
          [t('questions.consent.purpose'), consent.purpose],
          [t('questions.consent.until'), formatDate(consent.validUntil, ctx.lang)],
        ]}
      />
      <div class="utrecht-button-group wp-q-buttons">
        <ButtonForm action={`${base}/toestemming/${consent.id}/geven`} csrf={ctx.csrfToken} label={t('questions.status.consentYes')} />
        <ButtonForm
          action={`${base}/toestemming/${consent.id}/weigeren`}
          csrf={ctx.csrfToken}
          label={t('questions.status.consentNo')}
          secondary
        />
      </div>
    </section>
  );
}

export function GivenConsents({ ctx, base, consents }: { ctx: PageContext; base: string; consents: readonly NamedConsent[] }) {
  const { t } = ctx;
  const given = consents.filter((c) => c.status === 'given');
  if (given.length === 0) return '';
  return (
    <>
      <H2 text={t('questions.status.consents')} />
      {given.map((c) => (
        <div class="wp-q-panel">
          <P
            text={t('questions.status.consentLine', {
              recipients: c.recipients,
              items: items(t, c),
              purpose: c.purpose,
              until: formatDate(c.validUntil, ctx.lang),
            })}
          />
          <ButtonForm
            action={`${base}/toestemming/${c.id}/intrekken`}
            csrf={ctx.csrfToken}
            label={t('questions.status.consentWithdraw')}
            secondary
          />
        </div>
      ))}
    </>
  );
}
