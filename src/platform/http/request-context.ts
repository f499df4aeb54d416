import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../auth/current-user.ts';
import type { District } from '../geography/geography.repository.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';
import type { Feature, FooterContact, HeadLink, HomeTask, NavItem } from '../feature.ts';

declare module 'fastify' {
  interface FastifyRequest {
    user: CurrentUser | null;
    /** Hash of the session token, when signed in. */
    sessionHash: string | null;
    /** The district named in the URL (`/oost/…`), resolved before the handler runs. */
    district: District | null;
    lang: Lang;
    t: Translate;
  }
  interface FastifyInstance {
    /** What page shells are drawn from; set once by buildApp. */
    shell: PageShellSources;
    /** The features this app was built with, e.g. to collect their process figures. */
    features: readonly Feature[];
  }
}

/** What every page needs to draw its shell. */
export interface PageContext {
  lang: Lang;
  t: Translate;
  path: string;
  district: District | null;
  districts: District[];
  user: CurrentUser | null;
  csrfToken: string;
  nav: { label: string; href: string; current: boolean }[];
  stylesheet: string;
  /** Extra `<link>` elements for the head, e.g. a district's calendar feed. */
  headLinks: { rel: string; type: string; href: string; title: string }[];
  /** Whom to call, for the footer of a district's pages. */
  footerContact: FooterContact | null;
}

export interface PageShellSources {
  nav: readonly NavItem[];
  homeTasks: readonly HomeTask[];
  /** Features' links for the head of a district's pages; absent means none. */
  headLinks?: readonly HeadLink[];
  stylesheet: string;
  listDistricts(): Promise<District[]>;
  footerContact?(district: District): Promise<FooterContact | null>;
}

const csrfTokens = new WeakMap<FastifyRequest, string>();

/** One CSRF token per response, however many forms the page has. */
function csrfTokenFor(request: FastifyRequest, reply: FastifyReply): string {
  let token = csrfTokens.get(request);
  if (token === undefined) {
    token = reply.generateCsrf();
    csrfTokens.set(request, token);
  }
  return token;
}

export function pageContext(request: FastifyRequest, reply: FastifyReply): Promise<PageContext> {
  return buildPageContext(request, reply, request.server.shell);
}

/**
 * The menu item the page belongs to: the exact one, else the longest item whose path the
 * page lies under (so "/oost/hulp/balie/12" marks "Hulpbalie", not also "Burenhulp").
 * The district's start page only counts for itself.
 */
export function currentHref(path: string, hrefs: readonly string[], home: string): string | undefined {
  const bare = path.split('?')[0] ?? path;
  if (hrefs.includes(path)) return path;
  const under = hrefs.filter((href) => {
    const base = href.split('?')[0] ?? href;
    return base !== home && (bare === base || bare.startsWith(`${base}/`));
  });
  return under.sort((a, b) => b.length - a.length)[0];
}

export async function buildPageContext(request: FastifyRequest, reply: FastifyReply, shell: PageShellSources): Promise<PageContext> {
  const path = request.url;
  const district = request.district;
  const items = district
    ? shell.nav
        .filter((item) => item.visible?.(request.user, district) ?? true)
        .map((item) => ({ label: request.t(item.label), href: item.href(district) }))
    : [];
  const current = currentHref(
    path,
    items.map((i) => i.href),
    district ? `/${district.slug}` : '/',
  );
  const nav = items.map((item) => ({ ...item, current: item.href === current }));
  return {
    lang: request.lang,
    t: request.t,
    path,
    district,
    districts: await shell.listDistricts(),
    user: request.user,
    // Made when a form asks for it: a page without one sets no CSRF cookie and signs nothing.
    get csrfToken() {
      return csrfTokenFor(request, reply);
    },
    nav,
    stylesheet: shell.stylesheet,
    footerContact: district && shell.footerContact ? await shell.footerContact(district) : null,
    headLinks: district
      ? (shell.headLinks ?? []).map((l) => ({
          rel: l.rel,
          type: l.type,
          href: l.href(district),
          title: request.t(l.title, { district: district.name }),
        }))
      : [],
  };
}
