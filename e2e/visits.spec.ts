import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support.ts';

/** A day in Amsterdam as a date input takes it, `days` from today. */
function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}

test.describe('a buurt assistant visit', () => {
  test('the buurt assistant records a visit, wrong once and then right, and finds it in Mijn bezoeken @journey', async ({ page }) => {
    await signIn(page, 'buurtassistent.sterrenwijk@wijkportaal.example');
    await page.goto('/oost');
    await page.getByRole('link', { name: 'Mijn bezoeken' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn bezoeken' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Bezoek vastleggen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bezoek vastleggen' })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Datum van het bezoek').fill(day(3));
    await page.getByLabel('Naam van de bewoner').fill('Bewoner Voorbeeld (e2e)');
    await page.getByLabel('Wat wilt u bereiken?').fill('Weer onder de mensen komen');
    await page.getByRole('button', { name: 'Bezoek opslaan' }).click();
    await expect(page.getByRole('alert')).toContainText('Het bezoek kan niet in de toekomst zijn');
    await expect(page.getByRole('alert')).toContainText('Vink aan dat de bewoner het goed vindt');
    await expect(page.getByLabel('Naam van de bewoner')).toHaveValue('Bewoner Voorbeeld (e2e)');
    await expectAccessible(page);

    await page.getByLabel('Datum van het bezoek').fill(day(0));
    await page.getByLabel('De bewoner vindt het goed dat ik naam en contact opschrijf').check();
    await page.getByLabel('Wat is afgesproken').fill('Samen naar de koffieochtend in de buurt');
    await page.getByLabel(/^Volgende stap/).fill('Opnieuw langsgaan (e2e)');
    await page.getByLabel('Datum van de volgende stap').fill(day(7));
    await page.getByRole('button', { name: 'Bezoek opslaan' }).click();
    await expect(page.getByText('Het bezoek is opgeslagen.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: /^Bezoek van / })).toBeVisible();
    await expect(page.getByText('Bewoner Voorbeeld (e2e)')).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Mijn bezoeken' }).last().click();
    const visits = page.getByRole('list').filter({ hasText: 'Volgende stap' });
    await expect(visits.getByRole('listitem').first()).toContainText('Opnieuw langsgaan (e2e)');
    await expect(visits).not.toContainText('Bewoner Voorbeeld (e2e)');
    await expectAccessible(page);
  });
});
