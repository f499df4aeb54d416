import { expect, test, type Page } from '@playwright/test';
import { axeViolations, signIn } from './support.ts';

/**
 * Beyond the journeys: every page each kind of user can reach from the start page by links,
 * checked with axe. A page is checked again for another user when it holds other kinds of
 * elements (an edit button, a form), so role-specific parts are covered without checking
 * every one of a hundred alike pages.
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
const checked = new Set<string>();

// Not tagged @journey, so only the with-js project runs it: axe runs inside the page.
test.describe('every page', () => {
  for (const email of people) {
    test(`passes axe for ${email ?? 'a visitor without an account'}`, async ({ page }) => {
      test.setTimeout(180_000);
      if (email !== null) await signIn(page, email);
      const problems = await crawl(page);
      expect(problems).toEqual([]);
    });
  }
});

async function crawl(page: Page): Promise<string[]> {
  const queue = [...starts];
  const visited = new Set<string>();
  const problems: string[] = [];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const kind = shape(path);
    if (visited.has(kind)) continue;
    visited.add(kind);
    const response = await page.goto(path);
    if (!(response?.headers()['content-type'] ?? '').includes('text/html')) continue;
    expect(response?.status(), path).toBeLessThan(500);
    const key = `${kind} ${await skeleton(page)}`;
    if (!checked.has(key)) {
      checked.add(key);
      problems.push(...(await axeViolations(page)).map((v) => `${path} ${v}`));
    }
    const links = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    queue.push(...links.filter((href) => !skipped.test(href)));
  }
  return problems;
}

/** The path with ids, numbers and the query left out: one page of each kind. */
function shape(path: string): string {
  return path
    .replace(/\?.*$/, '')
    .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id')
    .replace(/\/\d+(?=\/|$)/g, '/:n');
}

/** The kinds of elements on the page, so a page with other parts is checked again. */
async function skeleton(page: Page): Promise<string> {
  const kinds = await page.locator('body *').evaluateAll((elements) => elements.map((e) => `${e.tagName}.${e.className}`));
  return [...new Set(kinds)].sort().join(' ');
}
