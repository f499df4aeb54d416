import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support.ts';

test.describe('governance per programme and pact periods', () => {
  test('a steering member closes the ended pact period with its evaluation', async ({ page }) => {
    // One verdict per commitment and per figure of annex I: some seventy choices.
    test.setTimeout(60_000);
    await signIn(page, 'regiegroep.oost@wijkportaal.example');
    await page.goto('/oost/samenwerken');
    await page.getByRole('link', { name: 'Looptijd en evaluatie' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Looptijd en evaluatie' })).toBeVisible();
    await expect(page.getByText(/De streefwaarden ervan gelden niet meer/)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Periode 2022–2024 afsluiten' }).click();
    await page.getByRole('button', { name: 'Evaluatie vastleggen en afsluiten' }).click();
    await expect(page.getByRole('alert')).toContainText('Kies: gehaald, deels gehaald of niet gehaald.');
    await page.getByLabel('a. Eén aanspreekpunt voor de samenwerking in de wijk').selectOption({ label: 'Gehaald' });
    for (const select of await page.locator('main form select').all()) {
      if ((await select.inputValue()) === '') await select.selectOption({ label: 'Deels gehaald' });
    }
    await page.getByLabel('Wat de regiegroep concludeert').fill('Samen verder in een nieuw wijkpact.');
    await page.getByRole('button', { name: 'Evaluatie vastleggen en afsluiten' }).click();
    await expect(page.getByText('De evaluatie is vastgelegd. De periode is afgesloten.')).toBeVisible();
    await expect(page.getByText(/^Gehaald: 1\. Deels gehaald: \d+\. Niet gehaald: 0\.$/)).toBeVisible();
    await expectAccessible(page);
  });

  test('a kwartiermaker updates the action plan of a Thuis in je Wijk district', async ({ page }) => {
    await signIn(page, 'kwartiermaker.overvecht@wijkportaal.example');
    await page.goto('/overvecht/samenwerken/thuis-in-je-wijk');
    await expect(page.getByRole('heading', { level: 2, name: 'Het programma in de stad' })).toBeVisible();
    await page.getByRole('link', { name: 'Actie toevoegen aan het actieplan' }).click();
    await expectAccessible(page);
    await page.getByLabel('Actie', { exact: true }).fill('Buurtkoffie in de buurtkamer, samen met ambulant begeleiders');
    await page.getByRole('group', { name: 'Doelen waar het aan bijdraagt' }).getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('cell', { name: 'Buurtkoffie in de buurtkamer, samen met ambulant begeleiders' })).toBeVisible();
    await expectAccessible(page);
  });
});
