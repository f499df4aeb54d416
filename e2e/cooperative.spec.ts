import { expect, test } from '@playwright/test';
import { expectAccessible, signIn, waitForMail } from './support.ts';

test.describe('the cooperative', () => {
  test('a resident applies for membership without an account @journey', async ({ page }, info) => {
    // Once with JavaScript and once without, on the same server: each run applies with its own address.
    const email = `wim.${info.project.name}@example.org`;
    await page.goto('/oost');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wijkcoöperatie' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wijkcoöperatie Oost voor Elkaar' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Lid worden' }).click();
    await expectAccessible(page);
    await page.getByRole('group', { name: 'Ik meld me aan als' }).getByLabel('Organisatie uit de wijk').check();
    await page.getByLabel('Uw naam').fill('Wim Aanvrager');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await expect(page.getByRole('alert')).toContainText('Vul de naam van de organisatie in.');
    await expect(page.getByLabel('Uw naam')).toHaveValue('Wim Aanvrager');
    await expectAccessible(page);
    await page.getByLabel('Naam van de organisatie of het bedrijf').fill('Buurtvereniging Proef');
    await page.getByLabel('Uw buurt').selectOption({ label: 'Abstede' });
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await expect(page.getByText('Dank u wel. Uw aanmelding is binnen.')).toBeVisible();
    await expectAccessible(page);
    await waitForMail((m) => m.to.includes(email));
  });

  test('a neighbour signs up as a volunteer without an invitation @journey', async ({ page }, info) => {
    // Once with JavaScript and once without, on the same server: each run signs up with its own address.
    const email = `vera.${info.project.name}@example.org`;
    await page.goto('/oost/cooperatie');
    await page.getByRole('link', { name: 'Vrijwilliger worden' }).click();
    await expectAccessible(page);
    await page.getByLabel('Uw naam').fill('Vera Vrijwillig');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill('een wachtwoord van vera');
    await page.getByLabel('Wachtwoord nog een keer').fill('een wachtwoord van vera');
    await page.getByLabel('In welke buurt woont u?').selectOption({ label: 'Oudwijk' });
    await page.getByLabel('Uw straat').fill('Proeflaan');
    await page.getByRole('group', { name: 'Waarmee wilt u helpen?' }).getByLabel('Tuin').check();
    await page.getByRole('button', { name: 'Aanmelden als vrijwilliger' }).click();
    await expect(page.getByRole('alert')).toContainText('u heeft gelezen dat de coöperatie niet aansprakelijk is');
    await expect(page.getByLabel('Uw straat')).toHaveValue('Proeflaan');
    await expectAccessible(page);
    await page.getByLabel('Wachtwoord', { exact: true }).fill('een wachtwoord van vera');
    await page.getByLabel('Wachtwoord nog een keer').fill('een wachtwoord van vera');
    await page.getByLabel('Ik heb gelezen dat de coöperatie niet aansprakelijk is voor schade').check();
    await page.getByLabel('Ik houd me aan de spelregels van de burenhulp').check();
    await page.getByRole('button', { name: 'Aanmelden als vrijwilliger' }).click();
    await expect(page.getByText('Dank u wel! Uw aanmelding is binnen.')).toBeVisible();
    await expectAccessible(page);
    await waitForMail((m) => m.to.includes(email));
  });

  test("a coordinator records the date on a volunteer's VOG later @journey", async ({ page }) => {
    await signIn(page, 'coordinator.oost@wijkportaal.example');
    await page.goto('/oost/hulp/vrijwilligers');
    await expect(page.getByRole('heading', { level: 2, name: 'VOG verlopen of bijna verlopen' })).toBeVisible();
    await page.getByRole('link', { name: 'VOG-datum van Ahmet Fietser (demo) vastleggen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'VOG van Ahmet Fietser (demo)' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Datum op de VOG').fill('2099-01-15');
    await page.getByRole('button', { name: 'VOG-datum opslaan' }).click();
    await expect(page.getByRole('alert')).toContainText('Deze datum ligt in de toekomst.');
    await expect(page.getByLabel('Datum op de VOG')).toHaveValue('2099-01-15');
    await expectAccessible(page);
    await page.getByLabel('Datum op de VOG').fill('2026-05-01');
    await page.getByRole('button', { name: 'VOG-datum opslaan' }).click();
    await expect(page.getByText('De datum van de VOG is opgeslagen.')).toBeVisible();
    await expect(page.getByText('VOG van 1 mei 2026').first()).toBeVisible();
    await expectAccessible(page);
  });
});
