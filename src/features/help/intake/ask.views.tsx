import type { PageContext } from '../../../platform/http/request-context.ts';
import type { FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { HouseRulesSection, SocialEntrepreneurs } from '../house-rules/rules.views.tsx';
import { Heading, Para } from '../shared/components.tsx';
import type { SocialEntrepreneur } from '../shared/places.repository.ts';
import { Contact } from './home.views.tsx';
import type { WalkInPoint } from '../../guide/index.ts';
import { RequestForm, type RequestFormData } from './request-form.views.tsx';

/** The online request, the house rules first; after a refusal for a large job, where to go instead. */
export function askPage(
  ctx: PageContext,
  form: FormState,
  data: RequestFormData & { referrals: SocialEntrepreneur[] | null; point: WalkInPoint | null; now: Date },
): Page {
  const { t } = ctx;
  return {
    title: t('help.ask.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Heading text={t('help.ask.title')} />
        <Para lead text={t('help.ask.intro')} />
        <HouseRulesSection ctx={ctx} rules={data.rules} audience="requester" />
        {data.referrals === null ? (
          ''
        ) : (
          <SocialEntrepreneurs ctx={ctx} fromGuide={data.referrals} configured={data.rules.socialEntrepreneurs} />
        )}
        <RequestForm ctx={ctx} form={form} data={data} action={`/${ctx.district?.slug ?? ''}/hulp/vragen`} onBehalf={false} />
        <Para text={t('help.home.orCall')} />
        <Contact ctx={ctx} rules={data.rules} point={data.point} now={data.now} />
      </>
    ),
  };
}
