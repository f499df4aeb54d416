import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, linkPath, signIn, waitForMail } from './support.ts';

/** Asks a question through the public form, as a resident without an account; returns the status page path and reference. */
async function askQuestion(page: Page, text: string, email?: string): Promise<{ path: string; reference: string }> {
  await page.goto('/oost/vraag-stellen');
  await page.getByLabel('Uw vraag').fill(text);
  await page.getByLabel('Uw naam').fill('Greet');
  if (email === undefined) {
    await page.getByLabel('Bel mij').check();
    await page.getByLabel('Telefoonnummer').fill('06 12 34 56 78');
  } else {
    await page.getByLabel('Stuur mij een e-mail').check();
    await page.getByLabel('E-mailadres').fill(email);
  }
  await page.getByLabel('Buurt').selectOption({ label: 'Sterrenwijk' });
  await page.getByLabel('Binnen twee dagen').check();
  await page.getByRole('button', { name: 'Vraag versturen' }).click();
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  const reference = /V-[2-9A-Z]{5}/.exec(heading ?? '')?.[0] ?? '';
  expect(reference).not.toBe('');
  return { path: new URL(page.url()).pathname, reference };
}

async function asUser(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

test.describe('questions: no wrong door', () => {
  test('a resident asks without an account and follows the status link @journey', async ({ page }) => {
    await page.goto('/oost');
    await page.getByRole('link', { name: 'Stel een vraag' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Stel uw vraag' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Vraag versturen' }).click();
    await expect(page).toHaveTitle(/^Fout: Stel uw vraag/);
    await expect(page.getByRole('alert')).toContainText('Schrijf uw vraag op.');
    await expectAccessible(page);

    const { path } = await askQuestion(page, 'Waar kan ik <b>samen</b> eten in de buurt?', 'greet@voorbeeld.example');
    await expect(page.getByRole('heading', { name: 'Bewaar deze pagina' })).toBeVisible();
    await expect(page.getByText('Een coördinator uit de buurt leest uw vraag')).toBeVisible();
    await expect(page.getByText('Waar kan ik <b>samen</b> eten in de buurt?')).toBeVisible();
    await expectAccessible(page);

    const mail = await waitForMail((m) => m.to.includes('greet@voorbeeld.example') && m.text.includes(path));
    expect(linkPath(mail, '/mijn-vraag/')).toBe(path);
    await page.goto(path);
    await page.getByLabel('Uw bericht').fill('Ik ben er alleen op maandag niet.');
    await page.getByRole('button', { name: 'Bericht sturen' }).click();
    await expect(page.getByText('Uw bericht is verstuurd.')).toBeVisible();
    await expect(page.getByText('Ik ben er alleen op maandag niet.')).toBeVisible();
    await page.getByRole('link', { name: 'Ik wil mijn vraag intrekken' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ja, trek mijn vraag in' }).click();
    await expect(page.getByText('U heeft uw vraag ingetrokken.')).toBeVisible();

    await page.goto('/mijn-vraag/' + 'x'.repeat(43));
    await expect(page.getByRole('heading', { level: 1, name: 'Deze link klopt niet' })).toBeVisible();
    await expectAccessible(page);
  });

  test('a coordinator refers with consent; the professional accepts and closes @journey', async ({ page, browser }) => {
    const { path, reference } = await askQuestion(page, 'Ik heb schulden en durf de post niet meer open te maken.');

    const coordinator = await asUser(browser, 'coordinator.oost@wijkportaal.example');
    await coordinator.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vragen' }).click();
    await expectAccessible(coordinator);
    await coordinator.getByRole('link', { name: reference }).click();
    await expect(coordinator.getByText('06 12 34 56 78')).toBeVisible();
    await expectAccessible(coordinator);

    await coordinator.getByRole('link', { name: 'Toestemming opschrijven of vragen' }).click();
    await expectAccessible(coordinator);
    await coordinator.getByRole('group', { name: 'Voor welke organisaties?' }).getByLabel('Buurtteam Oost').check();
    const items = coordinator.getByRole('group', { name: 'Welke gegevens?' });
    await items.getByLabel('Naam').check();
    await items.getByLabel('Telefoonnummer').check();
    await coordinator.getByLabel('Waarvoor?').fill('Het buurtteam belt over hulp bij de post');
    await coordinator.getByRole('button', { name: 'Toestemming opslaan' }).click();
    await expect(coordinator.getByText('De toestemming is opgeslagen.')).toBeVisible();

    await coordinator.getByRole('link', { name: 'Doorverwijzen naar een persoon' }).click();
    await expectAccessible(coordinator);
    const karim = await coordinator.locator('#field-contact option', { hasText: 'Karim Buurtteam (demo)' }).first().getAttribute('value');
    await coordinator.getByLabel('Persoon', { exact: true }).selectOption(karim ?? '');
    await coordinator.getByLabel('Samenvatting zonder persoonsgegevens').fill('Geldzorgen; zoekt hulp met post en schulden.');
    await coordinator.getByLabel('Ja, formele zorg of ondersteuning').check();
    await coordinator.getByRole('button', { name: 'Doorverwijzen' }).click();
    await expect(coordinator.getByText('De vraag is doorverwezen.')).toBeVisible();

    const professional = await asUser(browser, 'professional.oost@wijkportaal.example');
    await professional.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Doorverwijzingen' }).click();
    await expectAccessible(professional);
    await professional.getByRole('link', { name: reference }).click();
    await expect(professional.getByText('Greet')).toBeVisible();
    await expect(professional.getByText('06 12 34 56 78')).toBeVisible();
    await expectAccessible(professional);
    await professional.getByRole('button', { name: 'Ik neem de vraag aan' }).click();
    await expect(professional.getByText('U heeft de vraag aangenomen.')).toBeVisible();
    await professional.getByRole('link', { name: 'Afronden met een uitkomst' }).click();
    await expectAccessible(professional);
    await professional.getByLabel('Uitkomst').fill('Samen de post doorgenomen; er is een afspraak met de schuldhulp.');
    await professional.getByRole('button', { name: 'Afronden' }).click();
    await expect(professional.getByText('De vraag is afgerond.')).toBeVisible();

    await page.goto(path);
    await expect(page.getByText('Samen de post doorgenomen; er is een afspraak met de schuldhulp.')).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Karim Buurtteam (demo)' }).first()).toBeVisible();
    await expectAccessible(page);
  });

  test('asking works with the keyboard only', async ({ page }) => {
    await page.goto('/oost/vraag-stellen');
    await page.getByLabel('Uw vraag').focus();
    await page.keyboard.type('Kan iemand mijn lamp ophangen?');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Wim');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Bel mij')).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Telefoonnummer')).toBeFocused();
    await page.keyboard.type('06 98 76 54 32');
    for (const label of ['E-mailadres', 'Straat en huisnummer', 'Bij welke inloop komt u?', 'Buurt']) {
      await page.keyboard.press('Tab');
      await expect(page.getByLabel(new RegExp(`^${label}`))).toBeFocused();
    }
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Het kan een paar dagen wachten')).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Vraag versturen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Bewaar deze pagina' })).toBeVisible();
  });

  test('every staff page is accessible: answer, point, message, hand-over, decline, scale up and down, privacy', async ({
    page,
    browser,
  }) => {
    const { reference } = await askQuestion(page, 'Waar is een inloop met koffie?');
    const coordinator = await asUser(browser, 'coordinator.oost@wijkportaal.example');
    await coordinator.goto(`/oost/vragen?zoek=${reference}`);
    await coordinator.getByRole('link', { name: reference }).click();
    const question = new URL(coordinator.url()).pathname;
    for (const [link, heading] of [
      ['Beantwoorden', 'Vraag beantwoorden'],
      ['Wijzen op plekken in de wijk', 'Wijzen op plekken in de wijk'],
      ['Doorgeven aan buurthulp of een maatje', 'Doorgeven aan buurthulp of een maatje'],
      ['Een bericht sturen aan de bewoner', 'Bericht aan de bewoner'],
    ]) {
      await coordinator.goto(question);
      await coordinator.getByRole('link', { name: link }).click();
      await expect(coordinator.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectAccessible(coordinator);
    }
    await coordinator.getByRole('button', { name: 'Bericht versturen' }).click();
    await expect(coordinator.getByRole('alert')).toContainText('Schrijf uw bericht.');
    await expectAccessible(coordinator);
    await coordinator.goto(`${question}/wijzen`);
    await coordinator.getByLabel(/^Sterrenzicht/).check();
    await coordinator.getByRole('button', { name: 'Versturen' }).click();
    await expect(coordinator.getByText('De bewoner is gewezen op plekken in de wijk.')).toBeVisible();
    await coordinator.getByRole('link', { name: 'Terug naar de vragen' }).click();
    await coordinator.getByRole('link', { name: 'Afgerond' }).click();
    await expect(coordinator.getByRole('link', { name: reference })).toBeVisible();
    await expectAccessible(coordinator);
  });

  test('every receiver and administrator page is accessible: decline, scale up and down, consent, privacy', async ({ browser }) => {
    const professional = await asUser(browser, 'professional.oost@wijkportaal.example');
    await professional.goto('/oost/doorverwijzingen');
    const pending = professional.getByRole('row').filter({ hasText: 'Wacht op antwoord' }).getByRole('link').first();
    await pending.click();
    await professional.getByRole('link', { name: 'Ik kan niet helpen' }).click();
    await expectAccessible(professional);
    await professional.goto('/oost/doorverwijzingen');
    await professional.getByRole('row').filter({ hasText: 'Aangenomen' }).getByRole('link').first().click();
    for (const link of [
      'Opschalen: doorverwijzen naar formele zorg',
      'Afschalen: teruggeven aan buurthulp of een maatje',
      'Toestemming opschrijven of vragen',
    ]) {
      await professional.getByRole('link', { name: link }).click();
      await expectAccessible(professional);
      await professional.goBack();
    }

    const admin = await asUser(browser, 'beheer@wijkportaal.example');
    await admin.goto('/oost/beheer/persoonsgegevens');
    await expectAccessible(admin);
    await admin.getByLabel('Telefoonnummer').fill('06 12 34 56 78');
    await admin.getByRole('button', { name: 'Zoeken' }).click();
    await expect(admin.getByRole('heading', { name: /vra(ag|gen) gevonden/ })).toBeVisible();
    await admin.getByRole('button', { name: 'Alle gegevens wissen' }).click();
    await expect(admin.getByRole('heading', { level: 1, name: 'Gegevens wissen' })).toBeVisible();
    await expectAccessible(admin);
  });
});
