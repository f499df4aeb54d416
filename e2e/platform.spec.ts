import { expect, test } from '@playwright/test';
import { expectAccessible, linkPath, signIn, waitForMail } from './support.ts';

test.describe('platform', () => {
  test('a resident finds the district and its buurten @journey', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Kies uw wijk' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Oost (Utrecht)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welkom in Oost' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Buurten' }).click();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Sterrenwijk' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wat is er in Sterrenwijk?' })).toBeVisible();
    await expectAccessible(page);
  });

  test('switches district and language @journey', async ({ page }) => {
    await page.goto('/oost');
    await page.getByText('Andere wijk kiezen').click();
    await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Overvecht' });
    await page.getByRole('button', { name: 'Ga naar wijk' }).click();
    await expect(page).toHaveURL(/\/overvecht$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Welkom in Overvecht' })).toBeVisible();
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Overvecht' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welkom in Overvecht' })).toBeVisible();
  });

  test('signs in, shows the account, and signs out @journey', async ({ page }) => {
    await signIn(page, 'coordinator.oost@wijkportaal.example');
    await expect(page).toHaveURL(/\/oost$/);
    await page.getByRole('link', { name: 'Femke Coördinator (demo)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
    await expect(page.getByText('Coördinator · Oost')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page.getByText('U bent uitgelogd.')).toBeVisible();
  });

  test('shows form errors beside the fields and in a summary @journey', async ({ page }) => {
    await page.goto('/inloggen');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page).toHaveTitle(/^Fout: Inloggen/);
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Er zijn 2 problemen');
    // The site script (loaded only on pages with a summary) brings focus there.
    if (test.info().project.use.javaScriptEnabled !== false) await expect(summary).toBeFocused();
    await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
    await summary.getByRole('link', { name: /E-mailadres/ }).click();
    await expect(page.getByLabel('E-mailadres')).toBeFocused();
  });

  test('is usable by keyboard only', async ({ page }) => {
    await page.goto('/oost');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();

    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').focus();
    await page.keyboard.type('regiegroep.oost@wijkportaal.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('wijkportaal-demo');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/oost$/);
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
  });

  test('resets a password through the e-mailed link', async ({ page }) => {
    await page.goto('/wachtwoord-vergeten');
    await expectAccessible(page);
    await page.getByLabel('E-mailadres').fill('bewoner.oost@wijkportaal.example');
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kijk in uw e-mail' })).toBeVisible();
    await expectAccessible(page);
    const mail = await waitForMail((m) => m.to.includes('bewoner.oost@wijkportaal.example'));
    const link = linkPath(mail, '/wachtwoord-herstellen/');
    await page.goto(link);
    await expectAccessible(page);
    await page.getByLabel('Wachtwoord', { exact: true }).fill('een nieuw lang wachtwoord');
    await page.getByLabel('Wachtwoord nog een keer').fill('een nieuw lang wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(page.getByText('Uw wachtwoord is veranderd.')).toBeVisible();
    await signIn(page, 'bewoner.oost@wijkportaal.example', 'een nieuw lang wachtwoord');
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: 'Deze link is al gebruikt' })).toBeVisible();
    await expectAccessible(page);
  });

  test('lets an administrator invite someone, who then signs up', async ({ page, browser }) => {
    await signIn(page, 'beheer@wijkportaal.example');
    await page.goto('/oost/beheer/mensen');
    await expectAccessible(page);
    await page.getByLabel('Naam').fill('Nieuwe Vrijwilliger');
    await page.getByLabel('E-mailadres').fill('nieuw@wijkportaal.example');
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Vrijwilliger' });
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    await expect(page.getByText('De uitnodiging is verstuurd.')).toBeVisible();
    await page.getByRole('link', { name: 'Logboek van deze wijk' }).click();
    await expect(page.getByRole('cell', { name: 'Iemand uitgenodigd' })).toBeVisible();
    await expectAccessible(page);

    const mail = await waitForMail((m) => m.to.includes('nieuw@wijkportaal.example'));
    const link = linkPath(mail, '/aanmelden/');
    const context = await browser.newContext();
    const invitee = await context.newPage();
    await invitee.goto(link);
    await expectAccessible(invitee);
    await invitee.getByLabel('Wachtwoord', { exact: true }).fill('mijn eigen wachtwoord');
    await invitee.getByLabel('Wachtwoord nog een keer').fill('mijn eigen wachtwoord');
    await invitee.getByRole('button', { name: 'Account maken' }).click();
    await expect(invitee.getByRole('heading', { level: 1, name: 'Welkom in Oost' })).toBeVisible();
    await context.close();
  });

  test('explains errors in plain Dutch', async ({ page }) => {
    const missing = await page.goto('/oost/bestaat-niet');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
    await expectAccessible(page);
    await signIn(page, 'vrijwilliger.oost@wijkportaal.example');
    const forbidden = await page.goto('/oost/beheer/mensen');
    expect(forbidden?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1, name: 'U mag deze pagina niet zien' })).toBeVisible();
    await expectAccessible(page);
    for (const path of ['/over', '/toegankelijkheid', '/privacy']) {
      await page.goto(path);
      await expectAccessible(page);
    }
  });
});
