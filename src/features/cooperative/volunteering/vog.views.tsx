import type { PageContext } from '../../../platform/http/request-context.ts';
import { ChoiceGroup, CsrfField, ErrorSummary, Notice, SubmitButton, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { talents } from '../../help/index.ts';
import { coopBase, Crumbs, Heading } from '../shared/components.tsx';

/** Which kinds of help ask a VOG: the board or a coordinator ticks them. */
export function vogKindsPage(ctx: PageContext, form: FormState, notice?: string): Page {
  const { t } = ctx;
  const legend = t('cooperative.vog.kinds');
  return {
    title: t('cooperative.vog.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={t('cooperative.vog.title')} intro={t('cooperative.vog.intro')} />
        {notice === undefined ? '' : <Notice text={notice} />}
        <ErrorSummary t={t} form={form} labels={{ talents: legend }} />
        <form class="wp-form" method="post" action={`${coopBase(ctx)}/vog`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <ChoiceGroup
            t={t}
            form={form}
            name="talents"
            type="checkbox"
            legend={legend}
            description={t('cooperative.vog.kindsHelp')}
            options={talents.map((v) => ({ value: v, label: t(`help.talent.${v}`) }))}
          />
          <SubmitButton label={t('cooperative.vog.save')} />
        </form>
      </>
    ),
  };
}
