import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signIn } from './support.ts';

/** Amsterdam's date and time so many minutes from now, as the date and time inputs take them. */
function amsterdam(minutes: number): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() + minutes * 60_000));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

async function switchTo(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
}

test.describe('the ALV', () => {
  test('a member gives a proxy and the holder’s vote counts for two @journey', async ({ page }, info) => {
    test.setTimeout(180_000); // one long journey through three people's pages, axe at each step
    const title = `Proefvergadering ${info.project.name}`;
    // The daily board convenes tonight: the test sets no notice period, then convenes.
    await signIn(page, 'bestuur.oost@wijkportaal.example');
    await page.goto('/oost/cooperatie');
    await page.getByRole('link', { name: 'Ledenvergadering (ALV)' }).click();
    await expectAccessible(page);
    await page.getByLabel('Dagen tussen uitnodiging en vergadering (minimaal)').fill('0');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await page.getByRole('link', { name: 'Nieuwe ALV bijeenroepen' }).click();
    await page.getByRole('button', { name: 'Bijeenroepen en uitnodiging versturen' }).click();
    await expect(page.getByRole('alert')).toContainText('Naam van de vergadering');
    await expectAccessible(page);
    const when = amsterdam(120);
    await page.getByLabel('Naam van de vergadering').fill(title);
    await page.getByLabel('Datum').fill(when.date);
    await page.getByLabel('Begintijd').fill(when.time);
    await page.getByLabel('Plek van de vergadering').selectOption({ index: 1 });
    await page.getByLabel('Agenda').fill('Jaarverslag\nRondvraag');
    await page.getByRole('button', { name: 'Bijeenroepen en uitnodiging versturen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const alvPath = new URL(page.url()).pathname;

    // Lotte cannot come and gives Aaltje her proxy through her own page.
    await switchTo(page, 'lid.oost@wijkportaal.example');
    await page.goto(alvPath);
    await page.getByLabel('E-mailadres van het lid dat voor u stemt').fill('lid.oost@wijkportaal.example');
    await page.getByRole('button', { name: 'Volmacht geven' }).click();
    await expect(page.getByRole('alert')).toContainText('U kunt uzelf geen volmacht geven');
    await expectAccessible(page);
    await page.getByLabel('E-mailadres van het lid dat voor u stemt').fill('ab.oost@wijkportaal.example');
    await page.getByRole('button', { name: 'Volmacht geven' }).click();
    await expect(page.getByText('U heeft een volmacht gegeven aan Aaltje Algemeen Bestuur (demo).')).toBeVisible();
    await expectAccessible(page);
    // She changes her mind, takes it back, and then gives it again.
    await page.getByRole('button', { name: 'Volmacht intrekken' }).click();
    await expect(page.getByText('Uw volmacht is ingetrokken. U stemt weer zelf.')).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('E-mailadres van het lid dat voor u stemt').fill('ab.oost@wijkportaal.example');
    await page.getByRole('button', { name: 'Volmacht geven' }).click();
    await expect(page.getByText('U heeft een volmacht gegeven aan Aaltje Algemeen Bestuur (demo).')).toBeVisible();

    // At the meeting: the board opens it, Aaltje comes in and votes for item 1.
    await switchTo(page, 'bestuur.oost@wijkportaal.example');
    await page.goto(alvPath);
    await page.getByRole('button', { name: 'Vergadering openen' }).click();
    await page.getByRole('button', { name: 'Aanwezig: Aaltje Algemeen Bestuur (demo)' }).click();
    await expect(page.getByText('Aanwezig genoteerd.')).toBeVisible();
    await expectAccessible(page);
    await page.goto(alvPath);
    await page.getByRole('link', { name: 'Stemming vastleggen (punt 1)' }).click();
    await page.getByLabel('Lid dat stemt').selectOption({ label: 'Aaltje Algemeen Bestuur (demo) (stemt ook voor 1 ander(en))' });
    await page.getByRole('group', { name: 'Stem' }).getByLabel('Voor').check();
    await page.getByRole('button', { name: 'Stem vastleggen' }).click();
    await expect(page.getByText('Uitslag tot nu toe: Voor: 2, tegen: 0, onthouden: 0. Aangenomen.')).toBeVisible();
    await expectAccessible(page);
  });
});
