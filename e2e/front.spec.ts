import { expect, test } from '@playwright/test';
import { expectAccessible } from './support.ts';

test.describe('the front door', () => {
  test('a resident on a small phone searches from the start page and sees whom to call @journey', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/oost');
    await expect(page.getByRole('heading', { level: 2, name: 'Bel of loop binnen' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: '030 000 0007' })).toBeVisible();
    await expectAccessible(page);
    // The page's own content fits 320 px (the header's width is issue 10.9, checked by the crawl).
    expect(await page.locator('main').evaluate((main) => main.scrollWidth)).toBeLessThanOrEqual(320);
    await page.getByRole('link', { name: /Buurtnetwerken en buurtassistenten/ }).click();
    await expect(page.getByRole('table', { name: /Buurtnetwerken en buurtassistenten/ })).toContainText('Nog niet bekend');
    await expectAccessible(page);
    await page.goto('/oost');
    await page
      .getByRole('search')
      .getByLabel(/Waar zoekt u iets over/)
      .fill('koffie');
    await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
    await expect(page.getByRole('link', { name: 'Koffie-inloop bij De Wilg' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Bel of loop binnen' })).toBeVisible();
  });
});
