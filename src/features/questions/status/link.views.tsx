import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { ButtonForm, H1, Link, P } from '../ui/blocks.tsx';

export function withdrawPage(ctx: PageContext, base: string, reference: string): Page {
  const { t } = ctx;
  return {
    title: t('questions.withdraw.title'),
    body: (
      <>
        <H1 text={t('questions.withdraw.title')} />
        <P text={t('questions.withdraw.text', { reference })} />
        <div class="utrecht-button-group wp-q-buttons">
          <ButtonForm action={`${base}/intrekken`} csrf={ctx.csrfToken} label={t('questions.withdraw.confirm')} />
          <Link href={base} text={t('questions.withdraw.back')} />
        </div>
      </>
    ),
  };
}

export function linkProblemPage(ctx: PageContext, state: 'unknown' | 'expired', district: string | null): Page {
  const { t } = ctx;
  return {
    title: t(`questions.link.${state}.title`),
    body: (
      <>
        <H1 text={t(`questions.link.${state}.title`)} />
        <P text={t(`questions.link.${state}.body`)} />
        <p class="utrecht-paragraph">
          <Link href={district === null ? '/' : `/${district}/vraag-stellen`} text={t('questions.link.askAgain')} />
        </p>
      </>
    ),
  };
}
