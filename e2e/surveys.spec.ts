import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support.ts';

test.describe('needs surveys and the gap', () => {
  // Several axe runs per journey: under a loaded machine they need more than the default 30 s.
  test.beforeEach(() => test.setTimeout(90_000));

  test('a resident answers a needs survey without an account @journey', async ({ page }) => {
    await page.goto('/oost/cooperatie');
    await page.getByRole('link', { name: 'Doe mee met de peiling: Voorbeeld: hulp met computer en telefoon' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Voorbeeld: hulp met computer en telefoon' })).toBeVisible();
    await expect(page.getByText('U hoeft uw naam niet te geven.')).toBeVisible();
    await expectAccessible(page);
    await page
      .getByRole('group', { name: 'Waar zou u wel eens hulp bij willen?' })
      .getByLabel('Hulp met computer, telefoon en formulieren')
      .check();
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await expect(page.getByRole('alert')).toContainText('Kies uw buurt.');
    await expect(page.getByLabel('Hulp met computer, telefoon en formulieren')).toBeChecked();
    await expectAccessible(page);
    await page.getByLabel('In welke buurt woont u?').selectOption({ label: 'Abstede' });
    await page.getByRole('group', { name: 'Waar wilt u die hulp het liefst?' }).getByLabel('In een buurthuis').check();
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await expect(page.getByText('Uw antwoorden voor')).toBeVisible();
    await expectAccessible(page);
  });

  test('a coordinator sees needs against supply per buurt, and the results of a survey', async ({ page }) => {
    await signIn(page, 'coordinator.oost@wijkportaal.example');
    await page.goto('/oost/cooperatie');
    await page.getByRole('link', { name: 'Vraag en aanbod per buurt' }).click();
    await page.getByRole('navigation', { name: 'Kies een buurt' }).getByRole('link', { name: 'Abstede' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Abstede' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Vraag en aanbod in Abstede' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Vraag en aanbod in Abstede, per soort hulp' })).toBeVisible();
    await expectAccessible(page);
    await page.goto('/oost/cooperatie/peilingen');
    await page.getByRole('link', { name: 'Voorbeeld: waar wilt u hulp bij?' }).click();
    await page.getByRole('link', { name: 'De uitkomsten' }).click();
    await expect(page.getByText('Om niemand herkenbaar te maken')).toBeVisible();
    await expectAccessible(page);
  });
});
