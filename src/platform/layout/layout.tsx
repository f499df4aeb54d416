import type { PageContext } from '../http/request-context.ts';

interface LayoutProps {
  ctx: PageContext;
  title: string;
  /** Pages with an error summary say so in the title, for screen reader users. */
  hasErrors?: boolean;
  /** Kiosk and print-only pages leave out the shell. */
  bare?: boolean;
  /** A timed return (kiosk), as a meta refresh for browsers without JavaScript. */
  refresh?: { seconds: number; url: string } | undefined;
  children: JSX.Element;
}

function returnTo(ctx: PageContext): string {
  return encodeURIComponent(ctx.path);
}

/**
 * On a district's pages the switch folds into one line ("Andere wijk kiezen"): on a small phone
 * the open form took a sixth of the screen above every page, for something rarely needed.
 */
function DistrictSwitch({ ctx }: { ctx: PageContext }) {
  if (!ctx.district) return <DistrictSwitchForm ctx={ctx} />;
  return (
    <details class="wp-district-details">
      <summary class="utrecht-link" safe>
        {ctx.t('layout.districtSwitch.other')}
      </summary>
      <DistrictSwitchForm ctx={ctx} />
    </details>
  );
}

function DistrictSwitchForm({ ctx }: { ctx: PageContext }) {
  return (
    <form class="wp-district-switch" method="get" action="/wijk">
      <label class="utrecht-form-label" for="district-switch" safe>
        {ctx.t('layout.districtSwitch.label')}
      </label>
      <select class="utrecht-select utrecht-select--html-select" id="district-switch" name="naar">
        {ctx.districts.map((d) => (
          <option value={d.slug} selected={d.id === ctx.district?.id} safe>
            {d.name}
          </option>
        ))}
      </select>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" safe>
        {ctx.t('layout.districtSwitch.submit')}
      </button>
    </form>
  );
}

function LanguageSwitch({ ctx }: { ctx: PageContext }) {
  const other = ctx.lang === 'nl' ? 'en' : 'nl';
  return (
    <a class="utrecht-link wp-language-switch" href={`/taal/${other}?terug=${returnTo(ctx)}`} hreflang={other} lang={other} safe>
      {ctx.t(`layout.language.switchTo.${other}`)}
    </a>
  );
}

function UserMenu({ ctx }: { ctx: PageContext }) {
  if (ctx.user === null) {
    return (
      <a class="utrecht-link" href={`/inloggen?terug=${returnTo(ctx)}`} safe>
        {ctx.t('layout.signIn')}
      </a>
    );
  }
  return (
    <div class="wp-user-menu">
      <a class="utrecht-link" href="/account" safe>
        {ctx.user.name}
      </a>
      <form method="post" action="/uitloggen">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <button type="submit" class="utrecht-button utrecht-button--subtle" safe>
          {ctx.t('layout.signOut')}
        </button>
      </form>
    </div>
  );
}

function MainNav({ ctx }: { ctx: PageContext }) {
  if (ctx.nav.length === 0) return '';
  return (
    <nav class="utrecht-nav-bar wp-main-nav" aria-label={ctx.t('layout.mainNav')}>
      <div class="utrecht-nav-bar__content">
        <ul class="utrecht-nav-list">
          {ctx.nav.map((item) => (
            <li class="utrecht-nav-list__item">
              <a class="utrecht-nav-list__link" href={item.href} aria-current={item.current ? 'page' : undefined} safe>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

/** Whom to call, on every page of a district: nobody should meet a dead end. */
function FooterContactLine({ ctx }: { ctx: PageContext }) {
  const contact = ctx.footerContact;
  if (contact === null) return '';
  return (
    <p class="utrecht-paragraph wp-footer__contact" data-contact>
      <span safe>{ctx.t('layout.footer.contact', { name: contact.name })}</span>{' '}
      {contact.phone === null ? (
        ''
      ) : (
        <a class="utrecht-link" href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`} safe>
          {contact.phone}
        </a>
      )}{' '}
      <a class="utrecht-link" href={contact.href} safe>
        {ctx.t('layout.footer.walkIn')}
      </a>
    </p>
  );
}

function Footer({ ctx }: { ctx: PageContext }) {
  return (
    <footer class="utrecht-page-footer wp-footer">
      <div class="utrecht-page-footer__content">
        <FooterContactLine ctx={ctx} />
        <p class="utrecht-paragraph" safe>
          {ctx.t('layout.footer.about')}
        </p>
        <ul class="utrecht-link-list utrecht-link-list--html-ul">
          <li class="utrecht-link-list__item">
            <a class="utrecht-link utrecht-link-list__link" href="/over" safe>
              {ctx.t('layout.footer.aboutLink')}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link utrecht-link-list__link" href="/toegankelijkheid" safe>
              {ctx.t('layout.footer.accessibility')}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link utrecht-link-list__link" href="/privacy" safe>
              {ctx.t('layout.footer.privacy')}
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}

function Header({ ctx }: { ctx: PageContext }) {
  const home = ctx.district ? `/${ctx.district.slug}` : '/';
  return (
    <header class="utrecht-page-header wp-header">
      <div class="utrecht-page-header__content wp-header__content">
        <a class="wp-logo" href={home}>
          <span class="wp-logo__name" safe>
            {ctx.t('layout.siteName')}
          </span>
          {ctx.district ? (
            <span class="wp-logo__district" safe>
              {ctx.district.name}
            </span>
          ) : (
            ''
          )}
        </a>
        <div class="wp-header__tools">
          <DistrictSwitch ctx={ctx} />
          <LanguageSwitch ctx={ctx} />
          <UserMenu ctx={ctx} />
        </div>
      </div>
    </header>
  );
}

function pageTitle(ctx: PageContext, title: string, hasErrors: boolean): string {
  const site = ctx.district ? `${ctx.t('layout.siteName')} ${ctx.district.name}` : ctx.t('layout.siteName');
  return `${hasErrors ? `${ctx.t('layout.titleErrorPrefix')} ` : ''}${title} · ${site}`;
}

/**
 * The site script only moves focus to an error summary: a page without one does not load it,
 * so on a slow line the stylesheet has the bandwidth to itself (issue 16, `bench:lcp`).
 */
function needsScript(children: JSX.Element): boolean {
  // The id of ErrorSummary (forms.tsx) and of the HSDS import's list of problems.
  return typeof children !== 'string' || children.includes('id="error-summary"');
}

export function Layout({ ctx, title, hasErrors = false, bare = false, refresh, children }: LayoutProps): string {
  const page = (
    <html lang={ctx.lang} class="utrecht-root">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title safe>{pageTitle(ctx, title, hasErrors)}</title>
        <link rel="stylesheet" href={ctx.stylesheet} />
        {/* No icon of our own yet: without this every cold visit asks for /favicon.ico and
            gets the 1.7 kB "not found" page over a slow line. */}
        <link rel="icon" href="data:," />
        {ctx.headLinks.map((l) => (
          <link rel={l.rel} type={l.type} href={l.href} title={l.title} />
        ))}
        {refresh ? (
          <noscript>
            <meta http-equiv="refresh" content={`${refresh.seconds};url=${refresh.url}`} />
          </noscript>
        ) : (
          ''
        )}
        {needsScript(children) ? <script src="/assets/wijkportaal.js" defer></script> : ''}
      </head>
      <body class="utrecht-document utrecht-surface wp-body">
        <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main" safe>
          {ctx.t('layout.skipLink')}
        </a>
        {bare ? '' : <Header ctx={ctx} />}
        {bare ? '' : <MainNav ctx={ctx} />}
        <div class="utrecht-page-body wp-page-body">
          <main id="main" class="utrecht-page-body__content wp-main" tabindex="-1">
            {children}
          </main>
        </div>
        {bare ? '' : <Footer ctx={ctx} />}
      </body>
    </html>
  );
  return `<!doctype html>${page as string}`;
}
