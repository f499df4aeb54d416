import { expect, test } from '@playwright/test';
import { expectAccessible } from './support.ts';

test.describe('find my buurt', () => {
  // axe on a loaded machine can take longer than the default 30 s.
  test.slow();
  test('a resident on a small phone finds her buurt by postcode from the start page @journey', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/oost');
    await page.getByLabel('Uw postcode of straat').fill(' 3581  ab ');
    await page.getByRole('button', { name: 'Zoek mijn buurt' }).click();
    await expect(page).toHaveURL(/\/oost\/buurten\/sterrenwijk$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Sterrenwijk');
    await expectAccessible(page);
  });

  test('a wrong postcode gets a clear message, a postcode of another district says which, the right one lands @journey', async ({
    page,
  }) => {
    await page.goto('/oost/mijn-buurt');
    await page.getByLabel('Uw postcode of straat').fill('12345');
    await page.getByRole('button', { name: 'Zoek mijn buurt' }).click();
    await expect(page.getByRole('alert')).toContainText('Dit is geen Nederlandse postcode');
    await expect(page.getByLabel('Uw postcode of straat')).toHaveValue('12345');
    await expectAccessible(page);
    await page.getByLabel('Uw postcode of straat').fill('3562 AA');
    await page.getByRole('button', { name: 'Zoek mijn buurt' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '3562 AA hoort bij Overvecht' })).toBeVisible();
    await page.getByLabel('Uw postcode of straat').fill('Voorbeeldsingel 30');
    await page.getByRole('button', { name: 'Zoek mijn buurt' }).click();
    await expect(page).toHaveURL(/\/oost\/buurten\/abstede$/);
  });
});
