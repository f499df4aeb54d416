import { expect, test } from '@playwright/test';
import { expectAccessible, signIn, waitForMail } from './support.ts';

test.describe('the cooperative’s projects and pools', () => {
  test('a resident proposes a project without an account @journey', async ({ page }, info) => {
    // Once with JavaScript and once without, on the same server: each run proposes with its own address.
    const email = `kees.${info.project.name}@example.org`;
    await page.goto('/oost/cooperatie');
    await page.getByRole('link', { name: 'Projecten in de wijk' }).click();
    await expect(page.getByRole('link', { name: 'Voorbeeldproject: samen tuinieren (demo)' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Een project voorstellen' }).click();
    await expectAccessible(page);
    await page.getByRole('group', { name: 'Ik stel dit voor als' }).getByLabel('Bewoner').check();
    await page.getByLabel('Uw naam').fill('Kees Voorsteller');
    await page.getByLabel('Uw e-mailadres').fill(email);
    await page.getByLabel('Naam van het project').fill('Buurtsoep op vrijdag');
    await page.getByLabel('Wat wilt u doen?').fill('Elke vrijdag samen soep koken.');
    await page.getByLabel('Voor wie is het?').fill('Buren die vaak alleen eten.');
    await page.getByRole('button', { name: 'Voorstel versturen' }).click();
    await expect(page.getByRole('alert')).toContainText('Kies wat er nodig is');
    await expect(page.getByLabel('Naam van het project')).toHaveValue('Buurtsoep op vrijdag');
    await expectAccessible(page);
    await page.getByRole('group', { name: 'Wat is er nodig?' }).getByLabel('Mensen die meehelpen').check();
    await page.getByRole('button', { name: 'Voorstel versturen' }).click();
    await expect(page.getByText('Dank u wel. Uw voorstel is binnen.')).toBeVisible();
    await expectAccessible(page);
    await waitForMail((m) => m.to.includes(email));
  });

  test('a coordinator finds a person by talent and buurt', async ({ page }) => {
    await signIn(page, 'coordinator.oost@wijkportaal.example');
    await page.goto('/oost/cooperatie');
    await page.getByRole('link', { name: 'Talenten in de wijk zoeken' }).click();
    await expectAccessible(page);
    await page.getByLabel('Talent', { exact: true }).selectOption({ label: 'Wandelen' });
    await page.getByLabel('Buurt', { exact: true }).selectOption({ label: 'Sterrenwijk' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page.getByRole('heading', { name: 'Mieke Mantelzorger (demo)' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Tom Zzp/ })).toHaveCount(0);
    await expectAccessible(page);
  });
});
