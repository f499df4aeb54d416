import { expect, it } from 'vitest';
import { newId } from '../../../platform/clock.ts';
import { findDistrictBySlug } from '../../../platform/geography/geography.repository.ts';
import { accessibilityOf } from '../../../platform/testing/pdf.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';

describeEachEngine('the newspaper edition (Oost voor Elkaar on paper)', (t) => {
  it("builds the month's edition as an accessible PDF of at most four pages; an editor of Oost cannot build Overvecht's", async () => {
    const oost = await findDistrictBySlug(t().db, 'oost');
    const at = '2026-11-10T10:00:00.000Z';
    // Thirty long stories in November: the edition must still fit.
    const long = 'Buren koken samen en delen recepten uit hun eigen land. '.repeat(60);
    const stories = Array.from({ length: 30 }, (_, i) => ({
      id: newId(),
      district_id: oost?.id ?? '',
      kind: 'story',
      title: i === 0 ? 'Çağ Şükür en Łódź koken samen' : `Verhaal ${i}`,
      body: long,
      author_name: 'Bewoner',
      status: 'published',
      published_at: i === 0 ? '2026-11-25T10:00:00.000Z' : at,
      created_at: at,
      updated_at: at,
    }));
    await t().db.insertInto('stories').values(stories).execute();

    const editor = t().client();
    await createTestUser(t().db, { email: 'krant@wijk.example', name: 'Redacteur (test)', roles: [{ role: 'editor', district: 'oost' }] });
    await editor.signIn('krant@wijk.example', TEST_PASSWORD);
    const page = await editor.get('/oost/verhalen/krant?maand=2026-12');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Çağ Şükür en Łódź koken samen');
    const answer = await editor.get('/oost/verhalen/krant.pdf?maand=2026-12');
    expect(answer.headers['content-type']).toBe('application/pdf');
    const checked = await accessibilityOf(answer.rawPayload);
    expect(checked).toMatchObject({ tagged: true, language: 'nl-NL', titleShown: true, fontsEmbedded: true });
    expect(checked.title).toContain('Oost voor Elkaar');
    expect(checked.pdf.text).toContain('Çağ Şükür en Łódź koken samen');
    expect(checked.pdf.text).toContain('Wat is er te doen');
    expect(checked.pdf.pages).toBeGreaterThanOrEqual(2);
    expect(checked.pdf.pages).toBeLessThanOrEqual(4);

    expect((await editor.get('/overvecht/verhalen/krant.pdf?maand=2026-12')).statusCode).toBe(403);
    expect((await editor.get('/overvecht/verhalen/krant')).statusCode).toBe(403);
    expect((await editor.get('/oost/verhalen/krant.pdf?maand=2026-13')).statusCode).toBe(404);
    expect((await t().client().get('/oost/verhalen/krant.pdf')).statusCode).not.toBe(200);
  });
});
