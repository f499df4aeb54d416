import type { District } from '../geography/geography.repository.ts';
import type { Translate } from '../i18n/i18n.ts';

export interface Step {
  href: string;
  label: string;
}

/** "District › … › here": where a page sits, starting at the district's start page. */
export function Breadcrumbs({ t, district, steps }: { t: Translate; district: Pick<District, 'slug' | 'name'>; steps: readonly Step[] }) {
  const all = [{ href: `/${district.slug}`, label: district.name }, ...steps];
  return (
    <nav class="utrecht-breadcrumb-nav wp-no-print" aria-label={t('layout.breadcrumb')}>
      <ol class="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
        {all.map((step) => (
          <li class="utrecht-breadcrumb-nav__item">
            <a class="utrecht-breadcrumb-nav__link" href={step.href} safe>
              {step.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
