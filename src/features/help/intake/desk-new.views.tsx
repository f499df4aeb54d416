import type { PageContext } from '../../../platform/http/request-context.ts';
import type { FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { HouseRulesSection } from '../house-rules/rules.views.tsx';
import { Heading, Para } from '../shared/components.tsx';
import { RequestForm, type RequestFormData } from './request-form.views.tsx';

/** A coordinator records a request on a resident's behalf, by phone or at the walk-in point. */
export function newRequestPage(ctx: PageContext, form: FormState, data: RequestFormData): Page {
  const { t } = ctx;
  return {
    title: t('help.desk.new.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Heading text={t('help.desk.new.title')} />
        <Para text={t('help.desk.new.intro')} />
        <RequestForm ctx={ctx} form={form} data={data} action={`/${ctx.district?.slug ?? ''}/hulp/balie/nieuw`} onBehalf />
        <HouseRulesSection ctx={ctx} rules={data.rules} audience="coordinator" />
      </>
    ),
  };
}
