import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, linkPath, signIn, waitForMail } from './support.ts';

/** A number no other run uses: both projects (with and without JavaScript) share one server. */
const unique = () => String(Math.floor(10_000_000 + Math.random() * 89_999_999));

async function askForGroceries(page: Page, marker: string): Promise<void> {
  await page.goto('/oost');
  await page.getByRole('link', { name: 'Hulp vragen aan een buur' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hulp vragen' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Uw naam').fill(`Mevrouw Proef ${marker} (demo)`);
  await page.getByLabel('Telefoonnummer').fill(`06 ${marker}`);
  await page.getByLabel('Buurt', { exact: true }).selectOption({ label: 'Sterrenwijk' });
  await page.getByLabel('Straat en huisnummer').fill('Kastanjelaan 99');
  await page.getByLabel('Wat voor hulp?').selectOption('groceries');
  await page.getByLabel('Wat is er nodig?').fill(`Boodschappen ${marker}`);
  await page.getByLabel('Hoe lang duurt het ongeveer?').selectOption('60');
  await page.getByRole('group', { name: 'Op welke dagen kan het?' }).getByLabel('Dinsdag').check();
  await page.getByRole('group', { name: 'Op welk moment van de dag?' }).getByLabel('Middag').check();
  await page.getByLabel(/Ik vind het goed dat/).check();
  await page.getByRole('button', { name: 'Hulpvraag versturen' }).click();
}

test.describe('neighbour help (Oost helpt)', () => {
  test('a resident asks for help without an account @journey', async ({ page }) => {
    await page.goto('/oost/hulp');
    await expect(page.getByRole('heading', { level: 1, name: 'Oost helpt' })).toBeVisible();
    await expect(page.getByText(/niet aansprakelijk voor schade/)).toBeVisible();
    await expectAccessible(page);
    await page.goto('/oost/hulp/vragen');
    await page.getByRole('button', { name: 'Hulpvraag versturen' }).click();
    await expect(page).toHaveTitle(/^Fout: Hulp vragen/);
    await expect(page.getByRole('alert').first()).toContainText('problemen');
    await expect(page.getByLabel('Uw naam')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
    const marker = unique();
    await askForGroceries(page, marker);
    await expect(page.getByRole('heading', { level: 1, name: 'Uw hulpvraag' })).toBeVisible();
    await expect(page.getByText('Uw hulpvraag is binnen')).toBeVisible();
    await expect(page.getByText('Nieuw', { exact: true })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Hulpvraag intrekken' }).click();
    await expect(page.getByText('Uw hulpvraag is ingetrokken.')).toBeVisible();
    await expectAccessible(page);
  });

  test('a coordinator checks and matches; the volunteer accepts by the e-mailed link and reports done @journey', async ({
    page,
    browser,
  }) => {
    const marker = unique();
    await askForGroceries(page, marker);
    await expect(page.getByRole('heading', { level: 1, name: 'Uw hulpvraag' })).toBeVisible();

    const desk = await browser.newContext();
    const coordinator = await desk.newPage();
    await signIn(coordinator, 'coordinator.oost@wijkportaal.example');
    await coordinator.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Hulpbalie' }).click();
    await expect(coordinator.getByRole('heading', { level: 1, name: 'Hulpbalie Oost helpt' })).toBeVisible();
    await expectAccessible(coordinator);
    await coordinator
      .getByRole('region', { name: /Nieuw, nog te bekijken/ })
      .getByRole('row')
      .filter({ hasText: marker })
      .getByRole('link')
      .click();
    await expect(coordinator.getByText(`06 ${marker}`)).toBeVisible();
    await expectAccessible(coordinator);
    await coordinator.getByRole('button', { name: 'Vraag is bekeken' }).click();
    await expect(coordinator.getByText('De vraag is bekeken.')).toBeVisible();
    await expect(coordinator.getByText('Woont in dezelfde straat').first()).toBeVisible();
    await expectAccessible(coordinator);
    await coordinator.getByRole('button', { name: 'Vraag Joop Vrijwilliger (demo)' }).click();
    await expect(coordinator.getByText('De vrijwilliger heeft een e-mail gekregen.')).toBeVisible();

    const mail = await waitForMail((m) => m.to.includes('vrijwilliger.oost@wijkportaal.example') && m.text.includes(marker));
    const link = linkPath(mail, '/oost/hulp/voorstel/');
    const inbox = await browser.newContext();
    const volunteer = await inbox.newPage();
    await volunteer.goto(link);
    await expect(volunteer.getByRole('heading', { level: 1, name: 'Wilt u helpen?' })).toBeVisible();
    await expect(volunteer.getByText(`06 ${marker}`)).toHaveCount(0);
    await expectAccessible(volunteer);
    await volunteer.getByRole('button', { name: 'Ja, ik help' }).click();
    await expect(volunteer.getByText(`06 ${marker}`)).toBeVisible();
    await expectAccessible(volunteer);
    const servicePath = await volunteer.getByRole('link', { name: 'Naar deze hulpvraag in Mijn hulp' }).getAttribute('href');
    await signIn(volunteer, 'vrijwilliger.oost@wijkportaal.example');
    await volunteer.goto(servicePath ?? '/');
    await expectAccessible(volunteer);
    await volunteer.getByLabel('Hoe lang duurde het?').selectOption({ label: '1 uur' });
    await volunteer.getByRole('button', { name: 'Melden dat het klaar is' }).click();
    await expect(volunteer.getByText('We hebben genoteerd dat het klaar is')).toBeVisible();
    await volunteer.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn hulp' }).click();
    await expect(volunteer.getByRole('heading', { level: 2, name: 'Mijn uren' })).toBeVisible();
    await expectAccessible(volunteer);

    await coordinator.reload();
    await coordinator.getByRole('button', { name: 'Bewoner heeft bericht gekregen' }).click();
    await coordinator.getByRole('button', { name: 'Hulpvraag afronden' }).click();
    await expect(coordinator.getByText('De hulpvraag is afgerond.')).toBeVisible();
    await expect(coordinator.getByRole('list').filter({ hasText: 'Vrijwilliger gevonden' }).first()).toBeVisible();
    await expectAccessible(coordinator);
    await desk.close();
    await inbox.close();
  });

  test('the whole journey works by keyboard only', async ({ page, browser }) => {
    const marker = unique();
    const press = async (p: Page, name: string) => {
      await p.getByRole('button', { name }).focus();
      await p.keyboard.press('Enter');
    };
    await page.goto('/oost/hulp/vragen');
    await page.getByLabel('Uw naam').focus();
    await page.keyboard.type(`Meneer Toetsenbord ${marker} (demo)`);
    await page.keyboard.press('Tab');
    await page.keyboard.type(`06 ${marker}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Buurt', { exact: true })).not.toHaveValue('');
    await page.getByLabel('Wat voor hulp?').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.type(`Een wandeling ${marker}`);
    await page.getByLabel(/Ik vind het goed dat/).focus();
    await page.keyboard.press('Space');
    await expect(page.getByLabel(/Ik vind het goed dat/)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Hulpvraag versturen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Uw hulpvraag' })).toBeVisible();

    const desk = await browser.newContext();
    const coordinator = await desk.newPage();
    await signIn(coordinator, 'coordinator.oost@wijkportaal.example');
    await coordinator.goto('/oost/hulp/balie');
    await coordinator
      .getByRole('region', { name: /Nieuw, nog te bekijken/ })
      .getByRole('row')
      .filter({ hasText: marker })
      .getByRole('link')
      .focus();
    await coordinator.keyboard.press('Enter');
    await press(coordinator, 'Vraag is bekeken');
    await expect(coordinator.getByText('De vraag is bekeken.')).toBeVisible();
    const ask = coordinator.getByRole('button', { name: /^Vraag .*\(demo\)$/ }).first();
    await ask.focus();
    await coordinator.keyboard.press('Enter');
    await expect(coordinator.getByText('De vrijwilliger heeft een e-mail gekregen.')).toBeVisible();

    const mail = await waitForMail((m) => m.text.includes(marker) && m.text.includes('/oost/hulp/voorstel/'));
    const inbox = await browser.newContext();
    const volunteer = await inbox.newPage();
    await volunteer.goto(linkPath(mail, '/oost/hulp/voorstel/'));
    await press(volunteer, 'Ja, ik help');
    await expect(volunteer.getByText(`06 ${marker}`)).toBeVisible();
    await desk.close();
    await inbox.close();
  });

  test('coordinators and volunteers find their own pages, each accessible', async ({ page }) => {
    await signIn(page, 'coordinator.oost@wijkportaal.example');
    for (const path of ['/oost/hulp/balie/nieuw', '/oost/hulp/vrijwilligers', '/oost/hulp/waardering']) {
      await page.goto(path);
      await expectAccessible(page);
    }
    await expect(page.getByText('We vergelijken vrijwilligers nooit met elkaar')).toBeVisible();
    await signIn(page, 'vrijwilliger.oost@wijkportaal.example');
    await page.goto('/oost/hulp/vrijwilliger/profiel');
    await expect(page.getByLabel('Uw straat')).toHaveValue('Kastanjelaan');
    await expectAccessible(page);
    // The cooperative's board, not the administrator, adopts the house rules.
    await signIn(page, 'bestuur.oost@wijkportaal.example');
    await page.goto('/oost/cooperatie/besluiten/spelregels');
    await expect(page.getByLabel('Bijdrage per uur voor een klus, in euro')).toHaveValue('4,50');
    await expectAccessible(page);
  });
});
