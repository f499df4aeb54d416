import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support.ts';

// Issue 10 items 4, 5 and 10.4: everyday words, a way out of an empty search, words a coordinator teaches the search.
test.describe('journeys: finding help with ordinary words', () => {
  test('an everyday word finds the theme, and the page says so @journey', async ({ page }) => {
    await page.goto('/oost/gids');
    await page.getByLabel('Waar zoekt u naar?').fill('klusje');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page.getByText('U zocht "klusje". We zochten ook naar het thema "Praktische hulp in en om het huis".')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /\d+ resultaten?$/ })).not.toHaveText(/^0 /);
    await expectAccessible(page);
  });

  test('a search that finds nothing says which filter to drop and what the buurt next door has @journey', async ({ page }) => {
    await page.goto('/oost/gids');
    await page.getByLabel('Waar zoekt u naar?').fill('buurtnetwerk wittevrouwen');
    await page.getByText('Meer keuzes').click();
    await page.getByLabel('Buurt').selectOption({ label: 'Sterrenwijk' });
    await page.getByLabel('Soort').selectOption({ label: 'Aanbod: hulp en activiteiten' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '0 resultaten' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'In de buurten ernaast' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Buiten Wittevrouwen: 1 gevonden' }).click();
    await expect(page.getByRole('link', { name: 'Buurtnetwerk Buiten Wittevrouwen' })).toBeVisible();
  });

  test('a coordinator teaches the search a word', async ({ page }) => {
    await signIn(page, 'coordinator.oost@wijkportaal.example');
    await page.goto('/oost/gids/beheer');
    await page.getByRole('link', { name: 'Gewone woorden per thema' }).click();
    await page.getByRole('link', { name: 'Woorden voor "Sport en bewegen" veranderen' }).click();
    await expectAccessible(page);
    await page.getByLabel('Woorden').fill('sport\nsamen voetballen');
    await page.getByRole('button', { name: 'Woorden opslaan' }).click();
    await expect(page.getByRole('alert')).toContainText('is meer dan één woord');
    await expect(page.getByLabel('Woorden')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Woorden').fill('sport\nvoetbal');
    await page.getByRole('button', { name: 'Woorden opslaan' }).click();
    await expect(page.getByText('De woorden zijn opgeslagen.')).toBeVisible();
    await page.goto('/oost/gids?q=voetbal');
    await expect(page.getByText('We zochten ook naar het thema "Sport en bewegen".')).toBeVisible();
  });
});
