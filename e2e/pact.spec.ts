import { expect, test } from '@playwright/test';
import { expectAccessible, signIn, waitForMail } from './support.ts';

const today = new Date().toISOString().slice(0, 10);
const nextYear = new Date().getUTCFullYear() + 1;

test.describe('working together and results', () => {
  test('a steering member adopts the agenda and plans a meeting @journey', async ({ page }) => {
    await signIn(page, 'regiegroep.oost@wijkportaal.example');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Samenwerken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: "Wijkpact 'Samen Oost'" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Wijkagenda' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Wijkagenda \d{4}$/ })).toBeVisible();
    await expect(page.getByText(/Vastgesteld door de regiegroep op/)).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Datum van vaststelling').fill(today);
    await page.getByRole('button', { name: /^Wijkagenda \d{4} vaststellen$/ }).click();
    await expect(page.getByText('De wijkagenda is vastgesteld. Deze versie blijft bewaard zoals hij was.')).toBeVisible();
    await expect(page.getByText('Er is niets veranderd sinds de vaststelling.')).toBeVisible();
    await expectAccessible(page);

    await page.goto('/oost/samenwerken/bijeenkomsten');
    await expect(page.getByText('Doelgerichte wijkbijeenkomst: 2 gepland, 3 nodig.')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Bijeenkomst plannen' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
    await expect(page.getByRole('alert')).toContainText('Kies een ontmoetingsplek uit de lijst.');
    await expectAccessible(page);
    await page.getByLabel('Soort bijeenkomst').selectOption({ label: 'Doelgerichte wijkbijeenkomst' });
    await page.getByLabel('Thema').selectOption({ label: 'leeractiviteiten en projecten (buurtcampus)' });
    await page.getByLabel('Datum', { exact: true }).fill(`${nextYear}-03-11`);
    await page.getByLabel('Begintijd').fill('19:30');
    await page.getByLabel('Eindtijd').fill('21:30');
    await page.getByLabel('Waar').selectOption({ label: 'Vitaliteitslab ROC Midden Nederland' });
    await page.getByRole('group', { name: 'Mede georganiseerd door' }).getByLabel('Hogeschool Utrecht').check();
    await page.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Wijkbijeenkomst: leeractiviteiten en projecten (buurtcampus)' }),
    ).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect(page.getByText('De uitnodigingen zijn verstuurd')).toBeVisible();
    const mail = await waitForMail((m) => m.to.includes('hu@partners.example') && m.subject.includes('leeractiviteiten'));
    expect(mail.text).toContain('Vitaliteitslab ROC Midden Nederland');
  });

  test('a partner contact raises a bottleneck @journey', async ({ page }) => {
    await signIn(page, 'dock.oost@wijkportaal.example');
    await page.goto('/oost/samenwerken');
    await page.getByRole('link', { name: 'Knelpunten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Knelpunten' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Knelpunt melden' }).click();
    await expect(page.getByRole('alert')).toContainText('Schrijf in een paar woorden wat het knelpunt is.');
    await expectAccessible(page);
    await page.getByLabel('Wat is het knelpunt?').fill('Geen zaal voor de buurtmaaltijd op dinsdag');
    await page.getByLabel('Uitleg').fill('Sterrenzicht is op dinsdag vol. We zoeken een andere plek.');
    await page.getByRole('button', { name: 'Knelpunt melden' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Geen zaal voor de buurtmaaltijd op dinsdag' })).toBeVisible();
    await expect(page.getByText('Het knelpunt is gemeld. De coördinator pakt het op.')).toBeVisible();
    await expect(page.getByText('Sam Opbouwwerker DOCK (demo) (DOCK)')).toBeVisible();
    await expectAccessible(page);
  });

  test('the monitoring page renders its charts and tables @journey', async ({ page }) => {
    await page.goto('/oost');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Resultaten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Resultaten' })).toBeVisible();
    // One measurement is a value, not a chart; a target whose year has passed says so.
    const cohesion = page.getByRole('region', { name: 'Sociale cohesie' });
    await expect(cohesion).toContainText('6,4');
    await expect(cohesion).toContainText('Doeljaar voorbij');
    await expect(cohesion.getByRole('img')).toHaveCount(0);
    await expect(page.getByRole('img', { name: 'Bijeenkomsten gehouden' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: /Voortgangsrapport \d{4} \(om te printen\)/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /voortgang \d{4}$/ })).toBeVisible();
    await expectAccessible(page);
    const pdf = await page.request.get(`/oost/resultaten/rapport.pdf?jaar=${nextYear - 1}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
  });

  test('every page of the pact is accessible to the people who use it', async ({ page }) => {
    await signIn(page, 'regiegroep.oost@wijkportaal.example');
    const paths = [
      '/oost/samenwerken/partners',
      '/oost/samenwerken/partners/aanmelden',
      '/oost/samenwerken/partners/aanmeldingen',
      '/oost/samenwerken/regiegroep',
      '/oost/samenwerken/knelpunten',
      `/oost/samenwerken/wijkagenda/${nextYear - 1}/versie/1`,
      '/oost/resultaten/indicatoren/nieuw',
      '/noordwest/samenwerken/thuis-in-je-wijk',
      '/noordwest/samenwerken/bijeenkomsten',
    ];
    for (const path of paths) {
      await page.goto(path);
      await expectAccessible(page);
    }
    await page.goto('/oost/samenwerken/partners');
    await page.getByRole('link', { name: 'Hogeschool Utrecht' }).click();
    await expectAccessible(page);
    await page.goto(`/oost/samenwerken/bijeenkomsten?jaar=${nextYear - 1}`);
    await page.getByRole('link', { name: 'Brede wijkbijeenkomst: van wijkdata naar wijkagenda' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Besluiten', exact: true })).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/oost/samenwerken/wijkagenda/${nextYear - 1}`);
    await page.getByRole('link', { name: 'Buurtcampus: studenten in de wijk' }).first().click();
    await expectAccessible(page);
    await page.goto('/oost/samenwerken/knelpunten');
    await page.getByRole('link', { name: /Watervogelbuurt/ }).click();
    await expectAccessible(page);
    await page.goto('/oost/resultaten');
    await page.getByRole('link', { name: 'Metingen en doel van "Sociale cohesie" bijwerken' }).click();
    await page.getByLabel('Doel (waarde)').fill('7');
    await page.getByLabel('Doel te halen in het jaar').fill('2020');
    await page.getByRole('button', { name: 'Doel vaststellen' }).click();
    await expect(page.getByRole('alert')).toContainText('Een doel kan niet in het verleden liggen.');
    await expectAccessible(page);
  });

  test('a quartermaster puts an activity on the longlist, which checks the four criteria', async ({ page }) => {
    await signIn(page, 'coordinator.overvecht@wijkportaal.example');
    await page.goto('/overvecht/samenwerken/thuis-in-je-wijk');
    await page.getByRole('link', { name: 'Activiteit op de longlist zetten' }).click();
    await expectAccessible(page);
    await page.getByLabel('Activiteit', { exact: true }).fill('Samen koken in de buurtkamer');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('alert')).toContainText('Kies minstens één van de vijf doelen.');
    await expectAccessible(page);
    const goals = page.getByRole('group', { name: 'Doelen waar het aan bijdraagt' });
    await goals.getByLabel('2. Inwoners ervaren beter contact met hun omgeving').check();
    await goals.getByLabel(/^5\. Zorgpartijen/).check();
    await page.getByLabel('De manier van samenwerken is nieuw of anders dan voorheen').check();
    await page.getByLabel('Meerdere partners uit verschillende sporen werken samen').check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('row', { name: /Samen koken in de buurtkamer/ })).toContainText('Geschikt');
    await expectAccessible(page);
  });
});
