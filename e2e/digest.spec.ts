import { expect, test } from '@playwright/test';
import { expectAccessible, linkPath, waitForMail } from './support.ts';

const stopLink = (text: string) => /https?:\/\/[^/\s]+(\/oost\/afmelden\/[\w.-]+)/.exec(text)?.[1] ?? '';

test.describe('the digest by e-mail', () => {
  test('a resident subscribes without an account, confirms by the link in the mail, and unsubscribes @journey', async ({ page }, info) => {
    const email = `digest-${info.project.name}@bewoner.example`;
    await page.goto('/oost');
    await page.getByRole('link', { name: 'Meld u aan voor de nieuwsbrief' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwsbrief per e-mail' })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expect(page.getByText('Vul uw e-mailadres in.').first()).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Uw e-mailadres').fill(email);
    await page.getByLabel('Over welke buurt?').selectOption({ label: 'Sterrenwijk' });
    await page.getByLabel('Hoe vaak?').selectOption({ label: 'Elke maand (op de 1e)' });
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expect(page.getByText(/Bijna klaar/)).toBeVisible();

    const mail = await waitForMail((m) => m.to.includes(email) && m.subject.startsWith('Bevestig uw aanmelding'));
    await page.goto(linkPath(mail, '/oost/nieuwsbrief/bevestigen/'));
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ja, ik wil de nieuwsbrief' }).click();
    await expect(page.getByText('Gelukt. U krijgt voortaan de nieuwsbrief.')).toBeVisible();

    await page.goto(stopLink(mail.text));
    await expect(page.getByRole('heading', { level: 1, name: 'Afmelden voor de nieuwsbrief' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'U bent afgemeld' })).toBeVisible();
    await expectAccessible(page);
  });
});
