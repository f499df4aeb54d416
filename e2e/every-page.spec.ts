import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { htmlProblems, rawTextProblems, reachesPerson, unexplainedTradeWords } from './crawl/checks.ts';
import { formProblems } from './crawl/forms.ts';
import { formsOf, linksOf, skeletonOf, type Form } from './crawl/html.ts';
import { axeViolations, signIn } from './support.ts';

/**
 * Every page each kind of user can reach from the start pages by links (issue 10's checks).
 * A page's HTML is fetched with the browser context's request client (cookies shared), which
 * is quick; each kind of page is then checked once per set of parts it holds:
 * - the HTML passes html-validate's standard preset;
 * - no raw placeholder (`{name}`) or catalog key shows;
 * - a page for residents (the visitor's pages) offers a way to reach a person;
 * - rendered in a 320 px wide phone it does not scroll sideways, and axe finds nothing;
 * - every form that takes input, sent empty and with wrong values twice, comes back on its
 *   own address with an error summary and the input kept.
 */
const people = [
  null,
  'coordinator.oost@wijkportaal.example',
  'beheer@wijkportaal.example',
  'dock.oost@wijkportaal.example',
  'vrijwilliger.oost@wijkportaal.example',
  'noor.gezond@wijkportaal.example',
  'ervaringsdeskundige.oost@wijkportaal.example',
];
const starts = ['/', '/oost', '/oost/kiosk', '/account'];
/** Files, the API, actions that change the session and other districts (the same pages again). */
const skipped = /\.(pdf|ics|csv|json)\b|\/export|\/api\/|\/taal\/|\/uitloggen|^\/(overvecht|noordwest|kanaleneiland|leidsche-rijn)\b/;

/**
 * Forms that are right when sent empty, so sending them would act (and change the demo data
 * the other specs use). Each says why it is not sent; a new form that takes no input fails the
 * crawl until it is named here.
 */
const rightWhenEmpty: Record<string, string> = {
  '/uitloggen': 'one button: signs out',
  '/oost/gids/beheer/woorden/:theme': 'an empty list is right: a theme may have no everyday words',
  '/oost/cooperatie/projecten/:id/oproep/koppelen': 'one button per pool person: links that person to the call',
  '/oost/gids/organisaties/:id/nagekeken': 'one button: the entry is still right',
  '/oost/gids/aanbod/:id/nagekeken': 'one button: the entry is still right',
  '/oost/gids/plekken/:id/nagekeken': 'one button: the entry is still right',
  '/oost/gids/plekken/:id/tijden/:id/verwijderen': 'one button: removes an opening time',
  '/oost/gids/aanbod/:id/tijden/:id/verwijderen': 'one button: removes a time of the service',
  '/oost/gids/organisaties/:id/contactpersonen/:id/verwijderen': 'one button: removes a contact person',
  '/oost/hulp/balie/:id/voorstellen': 'one button per volunteer: proposes that volunteer',
  '/oost/hulp/balie/:id/teruggekoppeld': 'one button: the resident has been told',
  '/oost/hulp/balie/:id/intrekken': 'one button: withdraws the proposal',
  '/oost/hulp/vrijwilligers/:id': 'every field optional: no VOG date and no pause is a valid standing',
  '/oost/vragen/:id/nieuwe-link': 'one button: sends the resident a new link',
  '/oost/samenwerken/bijeenkomsten/:id/uitnodigen': 'one button: sends the invitations',
  '/oost/samenwerken/bijeenkomsten/:id/aanwezigheid': 'ticks only: nobody present is a valid answer',
  '/oost/samenwerken/bijeenkomsten/:id/acties/:id': 'one button: marks the action done',
  '/oost/samenwerken/regiegroep/leden/:id/stoppen': 'one button: a member steps down',
  '/oost/beheer/mensen/rollen/:id/verwijderen': 'one button: takes a role away',
  '/oost/gids/beheer/ervaringsdeskundigen': 'one button per person: marks them as expert by experience, or not',
  '/oost/samenwerken/periodes/:id/starten': 'one button: the draft period starts',
  '/oost/cooperatie/alv/:id/volmacht/intrekken': 'one button: the member takes back the proxy they gave',
  '/oost/cooperatie/vog': 'ticks only: no kind of help asking a VOG is a valid answer',
  '/oost/cooperatie/peilingen/:id/vragen/:id/verwijderen': 'one button: removes a question (before the first answer)',
  '/oost/cooperatie/peilingen/:id/vragen/:id/omhoog': 'one button: moves a question up',
  '/oost/cooperatie/peilingen/:id/vragen/:id/omlaag': 'one button: moves a question down',
  '/oost/buurtnetwerken/:buurt/wijzigen': "every field optional: seed 004 leaves a network's name and availability unknown",
  '/oost/platforms-en-apps/:id/verwijderen': 'one button: takes a platform off the steering group’s list',
  '/oost/vragen-en-antwoorden/:id/verwijderen': 'one button: removes a question and its answer',
};

/**
 * Pages a visitor reaches that are not where residents look for help, so they need not name a
 * person: the account pages, the site's own pages, and the public pages for partners and
 * professionals (working together, results, open data).
 */
const notForResidents =
  /^\/(inloggen|account|wachtwoord|uitnodiging|over|toegankelijkheid|privacy)\b|^\/$|^\/[\w-]+\/(samenwerken|resultaten|gids\/open-data)\b/;

const checked = new Set<string>();
const rendered = new Set<string>();
const sentForms = new Set<string>();

test.use({ viewport: { width: 320, height: 640 } });

// Not tagged @journey, so only the with-js project runs it: axe runs inside the page.
test.describe('every page', () => {
  for (const email of people) {
    test(`holds for ${email ?? 'a visitor without an account'}`, async ({ page }) => {
      test.setTimeout(480_000);
      if (email !== null) await signIn(page, email);
      const problems = await crawl(page, email === null);
      expect(problems).toEqual([]);
    });
  }
});

async function crawl(page: Page, resident: boolean): Promise<string[]> {
  const queue = [...starts];
  const visited = new Set<string>();
  const problems: string[] = [];
  const forms: Form[] = [];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const kind = shape(path);
    if (visited.has(kind)) continue;
    visited.add(kind);
    const response = await page.request.get(path);
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    expect(response.status(), path).toBeLessThan(500);
    const html = await response.text();
    queue.push(...linksOf(html).filter((href) => !skipped.test(href)));
    forms.push(...formsOf(html, path).filter((f) => f.method === 'post'));
    if (resident && !notForResidents.test(path) && !reachesPerson(html)) problems.push(`${path} no way to reach a person`);
    if (resident && !notForResidents.test(path)) problems.push(...unexplainedTradeWords(html).map((p) => `${path} ${p}`));
    const key = `${kind} ${skeletonOf(html)}`;
    if (!checked.has(key)) {
      checked.add(key);
      problems.push(...[...(await htmlProblems(html)), ...rawTextProblems(html)].map((p) => `${path} ${p}`));
    }
    if (rendered.has(kind)) continue;
    rendered.add(kind);
    problems.push(...(await renderProblems(page, path)).map((p) => `${path} ${p}`));
  }
  return [...problems, ...(await allFormProblems(page.request, forms))];
}

/** One sample of each kind of page in a 320 px wide phone: no sideways scrolling, nothing for axe. */
async function renderProblems(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const width = await page.locator('html').evaluate((html) => html.scrollWidth);
  return [...(width > 320 ? [`is ${width} px wide at 320 px`] : []), ...(await axeViolations(page))];
}

async function allFormProblems(request: APIRequestContext, forms: Form[]): Promise<string[]> {
  const problems: string[] = [];
  for (const form of forms) {
    const kind = `${shape(form.action)} ${form.fields.map((f) => f.name).join(' ')}`;
    if (sentForms.has(kind)) continue;
    sentForms.add(kind);
    if (shape(form.action) in rightWhenEmpty) continue;
    if (form.fields.every((f) => f.type === 'hidden')) {
      problems.push(`${form.action} takes no input: name it in rightWhenEmpty, or give it a field`);
      continue;
    }
    problems.push(...(await formProblems(request, form)));
  }
  return problems;
}

/** The path with ids, numbers and the query left out: one page of each kind. */
function shape(path: string): string {
  return (
    path
      .replace(/\?.*$/, '')
      .replace(/\/(buurten|buurtnetwerken)\/[\w-]+/, '/$1/:buurt')
      // Each theme's list of everyday words is the same page with other words.
      .replace(/\/gids\/beheer\/woorden\/[\w-]+/, '/gids/beheer/woorden/:theme')
      .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id')
      .replace(/\/\d+(?=\/|$)/g, '/:n')
  );
}
