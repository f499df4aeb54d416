import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support.ts';

test.describe('the neighbourhood guide', () => {
  test('a resident searches, filters and opens a place @journey', async ({ page }) => {
    await page.goto('/oost');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wegwijzer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wegwijzer Oost' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Waar zoekt u naar?').fill('cafe');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page.getByRole('link', { name: 'Repair Café Oost' })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Waar zoekt u naar?').fill('');
    await page.getByLabel('Soort').selectOption({ label: 'Plekken' });
    await page.getByLabel('U voelt zich er welkom').check();
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /resultaten?$/ })).toBeVisible();
    await page.getByRole('link', { name: 'Sterrenzicht' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sterrenzicht' })).toBeVisible();
    await expect(page.getByText('ja, u voelt zich welkom')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Steun bij een buurtinitiatief' }).click();
    await expect(page.getByText('Sam Opbouwwerker (demo)')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'DOCK', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'DOCK' })).toBeVisible();
    await expectAccessible(page);
  });

  test('shows a clear message for a filter that does not exist', async ({ page }) => {
    await page.goto('/oost/gids?buurt=atlantis');
    await expect(page.getByRole('alert')).toContainText('Deze buurt kennen we niet');
    await expect(page.getByLabel('Buurt')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
  });

  test('what is in my buurt, with its meterkastkaart @journey', async ({ page }) => {
    await page.goto('/oost/gids');
    await page.getByRole('link', { name: 'Wat is er in mijn buurt?' }).click();
    await page.getByRole('link', { name: 'Sterrenwijk' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wat is er in Sterrenwijk?' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Buurtnetwerk Sterrenwijk' })).toBeVisible();
    await expectAccessible(page);
    const card = await page.request.get(
      (await page.getByRole('link', { name: /Meterkastkaart van Sterrenwijk/ }).getAttribute('href')) ?? '',
    );
    expect(card.headers()['content-type']).toBe('application/pdf');
  });

  test('prints a page without its menus and forms', async ({ page }) => {
    await page.goto('/oost/gids?q=koffie');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Koffie-inloop bij De Wilg' })).toBeVisible();
    await page.getByRole('link', { name: 'Koffie-inloop bij De Wilg' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Koffie-inloop bij De Wilg' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Kruimelpad' })).toBeHidden();
  });

  test('is usable by keyboard only', async ({ page }) => {
    await page.goto('/oost/gids');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
    await page.getByLabel('Waar zoekt u naar?').focus();
    await page.keyboard.type('schulden');
    await page.keyboard.press('Enter');
    const first = page.getByRole('link', { name: 'Begeleiding op maat door het buurtteam' });
    await expect(first).toBeVisible();
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Begeleiding op maat door het buurtteam' })).toBeVisible();
  });

  test('the kiosk: search, open a result, see whom to call and when, back to the start @journey', async ({ page }) => {
    await page.goto('/oost/kiosk?wacht=10');
    await expect(page.getByRole('heading', { level: 1, name: 'Wat zoekt u?' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Inloggen' })).toHaveCount(0);
    await expectAccessible(page);
    const tile = page.getByRole('link', { name: 'Geld en schulden' });
    expect((await tile.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(64);
    await page.getByLabel(/Typ een woord/).fill('buurtteam');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: 'Begeleiding op maat door het buurtteam' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Begeleiding op maat door het buurtteam' })).toBeVisible();
    await expect(page.getByText('Vraag naar', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: /^030 000/ }).first()).toBeVisible();
    await expect(page.getByText('Elke dinsdag en donderdag, 09:00–12:00')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Terug naar het begin' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wat zoekt u?' })).toBeVisible();
    await page.getByLabel(/Typ een woord/).fill('koffie');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Koffie-inloop bij De Wilg' })).toBeVisible();
    await expect(page).toHaveURL(/\/oost\/kiosk\?wacht=10$/, { timeout: 15_000 });
  });

  test('a partner contact keeps their own entry up to date @journey', async ({ page }) => {
    await signIn(page, 'dock.oost@wijkportaal.example');
    await page.goto('/oost/gids');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn wegwijzer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wegwijzer bijhouden' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Steun bij een buurtinitiatief' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Steun bij een buurtinitiatief bewerken' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Beschrijving').fill('Heeft u een idee voor uw buurt? De opbouwwerker denkt mee.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText('Opgeslagen.')).toBeVisible();
    await page.getByRole('button', { name: 'Tijden toevoegen' }).click();
    await expect(page.getByRole('alert')).toContainText('Kies minstens één dag.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Alles klopt nog: nagekeken' }).click();
    await expect(page.getByText('Dank u wel. Deze vermelding is weer een jaar actueel.')).toBeVisible();
  });

  test('an expert by experience assesses a place', async ({ page }) => {
    await signIn(page, 'ervaringsdeskundige.oost@wijkportaal.example');
    await page.goto('/oost/gids?q=wilg&soort=plekken');
    await page.getByRole('link', { name: 'De Wilg' }).click();
    await page.getByRole('link', { name: 'Deze plek beoordelen' }).click();
    await expectAccessible(page);
    await page
      .getByRole('group', { name: 'Lichamelijk toegankelijk' })
      .getByLabel(/goed te bereiken en te gebruiken/)
      .check();
    await page
      .getByRole('group', { name: 'Financieel toegankelijk' })
      .getByLabel(/goed te betalen/)
      .check();
    await page.getByRole('group', { name: 'Voelt u zich welkom?' }).getByLabel(/soms/).check();
    await page.getByRole('button', { name: 'Beoordeling opslaan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'De Wilg' })).toBeVisible();
    await expect(page.getByText('Voelt u zich welkom?: soms')).toBeVisible();
  });

  test('offers open data and an import for coordinators', async ({ page }) => {
    await page.goto('/oost/gids/open-data');
    await expectAccessible(page);
    const hsds = await page.request.get('/oost/gids/export/hsds.json');
    expect((await hsds.json()).hsds_version).toBe('3.0');
    await signIn(page, 'coordinator.oost@wijkportaal.example');
    await page.goto('/oost/gids/beheer/import');
    await expectAccessible(page);
    await page.getByLabel('HSDS-bestand').setInputFiles({
      name: 'kapot.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hsds_version": "2.0", "organizations": [], "services": []}'),
    });
    await page.getByRole('button', { name: 'Bestand nakijken en importeren' }).click();
    await expect(page.getByRole('alert')).toContainText('hsds_version');
    await expectAccessible(page);
  });
});
