import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { ContactPerson, type WalkInPoint } from '../../guide/index.ts';
import type { HouseRules } from '../house-rules/house-rules.rules.ts';
import { HouseRulesSection, SocialEntrepreneurs } from '../house-rules/rules.views.tsx';
import { Heading, LinkTo, Para, TextList } from '../shared/components.tsx';
import type { SocialEntrepreneur } from '../shared/places.repository.ts';

/** How to reach the cooperative: call or walk in as the guide has it (never typed twice, issue 10.12), or e-mail. */
export function Contact({ ctx, rules, point, now }: { ctx: PageContext; rules: HouseRules; point: WalkInPoint | null; now: Date }) {
  return (
    <>
      <ContactPerson ctx={ctx} point={point} now={now} />
      {rules.contactEmail === '' ? '' : <TextList items={[ctx.t('help.contact.email', { email: rules.contactEmail })]} />}
    </>
  );
}

export interface HelpHomeData {
  rules: HouseRules;
  socialEntrepreneurs: SocialEntrepreneur[];
  isVolunteer: boolean;
  isCoordinator: boolean;
  point: WalkInPoint | null;
  now: Date;
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
        <Contact ctx={ctx} rules={rules} point={data.point} now={data.now} />
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
