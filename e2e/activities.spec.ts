import { expect, test } from '@playwright/test';
import { expectAccessible, linkPath, waitForMail } from './support.ts';

test.describe('activiteitenagenda', () => {
  test('a resident registers for an activity without an account and cancels by the link in the mail @journey', async ({ page }, info) => {
    const email = `agenda-${info.project.name}@bewoner.example`;
    await page.goto('/oost/activiteiten');
    await expectAccessible(page);
    await page.getByLabel('Buurt').selectOption({ label: 'Sterrenwijk' });
    await page.getByRole('button', { name: 'Toon activiteiten' }).click();
    await page
      .getByRole('link', { name: /Digitaal spreekuur/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Digitaal spreekuur' })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Meld mij aan' }).click();
    await expect(page.getByText('Vul uw naam in.').first()).toBeVisible();
    await page.getByLabel('Uw naam').fill('Bewoner Agenda (test)');
    await page.getByLabel('Uw e-mailadres').fill(email);
    await page.getByRole('button', { name: 'Meld mij aan' }).click();
    await expect(page.getByText('U bent aangemeld. U krijgt een e-mail met de gegevens.')).toBeVisible();

    const mail = await waitForMail((m) => m.to.includes(email) && m.subject === 'U bent aangemeld: Digitaal spreekuur');
    await page.goto(linkPath(mail, '/oost/activiteiten/afmelden/'));
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ja, meld mij af' }).click();
    await expect(page.getByText('U bent afgemeld. Dank u dat u het liet weten.')).toBeVisible();
    await expectAccessible(page);
  });
});
