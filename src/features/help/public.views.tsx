import type { PageContext } from '../../platform/http/request-context.ts';
import { CsrfField, Notice, SubmitButton, type FormState } from '../../platform/layout/forms.tsx';
import type { Page } from '../../platform/layout/render.ts';
import { formatDate } from '../../platform/i18n/i18n.ts';
import { DataList, Heading, LinkTo, Para, StatusBadge, TextList, Timeline } from './components.tsx';
import type { HouseRules } from './help.rules.ts';
import { isEnded, type Status } from './lifecycle.rules.ts';
import type { SocialEntrepreneur } from './places.repository.ts';
import { RequestForm, type RequestFormData } from './request-form.views.tsx';
import type { HelpRequest, TimelineStep } from './requests.repository.ts';
import { HouseRulesSection, SocialEntrepreneurs } from './rules.views.tsx';

function Contact({ ctx, rules }: { ctx: PageContext; rules: HouseRules }) {
  const lines = [
    rules.contactPhone === '' ? '' : ctx.t('help.contact.phone', { phone: rules.contactPhone }),
    rules.contactEmail === '' ? '' : ctx.t('help.contact.email', { email: rules.contactEmail }),
    rules.walkIn === '' ? '' : ctx.t('help.contact.walkIn', { walkIn: rules.walkIn }),
  ].filter((l) => l !== '');
  return <TextList items={lines} />;
}

export interface HelpHomeData {
  rules: HouseRules;
  socialEntrepreneurs: SocialEntrepreneur[];
  isVolunteer: boolean;
  isCoordinator: boolean;
}

/** "Oost helpt": what it is, how to ask, and the house rules. */
export function helpHomePage(ctx: PageContext, data: HelpHomeData): Page {
  const { t } = ctx;
  const base = `/${ctx.district?.slug ?? ''}/hulp`;
  const { rules } = data;
  return {
    title: rules.schemeName,
    body: (
      <>
        <Heading text={rules.schemeName} />
        <Para lead text={t('help.home.intro', { cooperative: rules.cooperativeName })} />
        <p class="utrecht-paragraph">
          <a class="utrecht-button utrecht-button--primary-action wp-help-cta" href={`${base}/vragen`} safe>
            {t('help.home.ask')}
          </a>
        </p>
        <Para text={t('help.home.orCall')} />
        <Contact ctx={ctx} rules={rules} />
        <HouseRulesSection ctx={ctx} rules={rules} audience="requester" />
        <SocialEntrepreneurs ctx={ctx} fromGuide={data.socialEntrepreneurs} configured={rules.socialEntrepreneurs} />
        <Heading level={2} text={t('help.home.volunteer.title')} />
        <Para text={t('help.home.volunteer.intro')} />
        {data.isVolunteer ? <LinkTo href={`${base}/vrijwilliger`} text={t('help.nav.mine')} /> : ''}
        {data.isCoordinator ? (
          <p class="utrecht-paragraph">
            <LinkTo href={`${base}/balie`} text={t('help.nav.desk')} />
          </p>
        ) : (
          ''
        )}
      </>
    ),
  };
}

export function notAvailablePage(ctx: PageContext): Page {
  return {
    title: ctx.t('help.notAvailable.title'),
    body: (
      <>
        <Heading text={ctx.t('help.notAvailable.title')} />
        <Para text={ctx.t('help.refusal.notAvailable')} />
      </>
    ),
  };
}

/** The online request; after a refusal for a large job, where to go instead. */
export function askPage(ctx: PageContext, form: FormState, data: RequestFormData & { referrals: SocialEntrepreneur[] | null }): Page {
  const { t } = ctx;
  return {
    title: t('help.ask.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Heading text={t('help.ask.title')} />
        <Para lead text={t('help.ask.intro')} />
        {data.referrals === null ? (
          ''
        ) : (
          <SocialEntrepreneurs ctx={ctx} fromGuide={data.referrals} configured={data.rules.socialEntrepreneurs} />
        )}
        <RequestForm ctx={ctx} form={form} data={data} action={`/${ctx.district?.slug ?? ''}/hulp/vragen`} onBehalf={false} />
        <Para text={t('help.home.orCall')} />
        <Contact ctx={ctx} rules={data.rules} />
        <HouseRulesSection ctx={ctx} rules={data.rules} audience="requester" />
      </>
    ),
  };
}

const withdrawable: readonly Status[] = ['new', 'checked', 'matching', 'matched'];

export interface StatusPageData {
  request: HelpRequest;
  buurtName: string;
  steps: TimelineStep[];
  rules: HouseRules;
  notice: 'new' | 'withdrawn' | null;
  mailed: boolean;
}

/** The requester's own page, behind their personal link: where the request stands, and a way to withdraw it. */
export function statusPage(ctx: PageContext, data: StatusPageData): Page {
  const { t } = ctx;
  const { request } = data;
  return {
    title: t('help.status.title'),
    body: (
      <>
        <Heading text={t('help.status.title')} />
        {data.notice === 'new' ? <Notice text={t(data.mailed ? 'help.status.thanksMailed' : 'help.status.thanks')} /> : ''}
        {data.notice === 'withdrawn' ? <Notice text={t('help.status.withdrawnNotice')} /> : ''}
        <p class="utrecht-paragraph">
          <StatusBadge t={t} status={request.status} />
        </p>
        <Para text={t(`help.status.next.${request.status}`)} />
        {isEnded(request.status) ? '' : <Para text={t('help.status.deadline', { date: formatDate(request.feedbackDueAt, ctx.lang) })} />}
        <DataList
          rows={[
            [t('help.field.talent'), request.talent === null ? t(`help.kind.${request.kind}`) : t(`help.talent.${request.talent}`)],
            [t('help.field.what'), request.what],
            [t('help.field.buurt'), data.buurtName],
          ]}
        />
        <Heading level={2} text={t('help.timeline.title')} />
        <Timeline t={t} lang={ctx.lang} steps={data.steps} withActors={false} />
        <Para text={t('help.status.keepLink')} />
        {withdrawable.includes(request.status) ? (
          <form method="post" action={`${ctx.path.split('?')[0] ?? ''}/intrekken`}>
            <CsrfField token={ctx.csrfToken} />
            <Para text={t('help.status.withdrawIntro')} />
            <SubmitButton secondary label={t('help.status.withdraw')} />
          </form>
        ) : (
          ''
        )}
        <HouseRulesSection ctx={ctx} rules={data.rules} audience="requester" />
      </>
    ),
  };
}
