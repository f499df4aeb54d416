import type { District } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, Notice } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Breadcrumb } from '../common/breadcrumb.tsx';
import { guidePath } from '../common/paths.ts';
import type { PersonFlag } from './experts.repository.ts';

export function expertsPage(ctx: PageContext, district: District, people: readonly PersonFlag[], notice?: string): Page {
  const { t } = ctx;
  const title = t('guide.experts.title');
  return {
    title,
    body: (
      <>
        <Breadcrumb ctx={ctx} district={district} trail={[{ href: guidePath(district, '/beheer'), label: t('guide.manage.title') }]} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        {notice ? <Notice text={notice} /> : ''}
        <p class="utrecht-paragraph" safe>
          {t('guide.experts.intro')}
        </p>
        <ul class="utrecht-unordered-list">
          {people.map((p) => (
            <li class="utrecht-unordered-list__item">
              <span safe>{`${p.name}: ${t(p.expert ? 'guide.experts.yes' : 'guide.experts.no')}`}</span>{' '}
              <form method="post" action={guidePath(district, '/beheer/ervaringsdeskundigen')} class="wp-inline-form">
                <CsrfField token={ctx.csrfToken} />
                <input type="hidden" name="userId" value={p.id} />
                <input type="hidden" name="expert" value={p.expert ? 'nee' : 'ja'} />
                <button type="submit" class="utrecht-button utrecht-button--secondary-action" safe>
                  {t(p.expert ? 'guide.experts.unset' : 'guide.experts.set', { name: p.name })}
                </button>
              </form>
            </li>
          ))}
        </ul>
      </>
    ),
  };
}
