import { expect, it } from 'vitest';
import { openDatabase } from '../../../platform/db/database.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';

const linked = (html: string, path: string) => new RegExp(`href="/oost/${path}/([0-9a-f-]+)"`).exec(html)?.[1] ?? '';

describeEachEngine('the start page’s kept blocks (issue 16)', (t) => {
  it('shows at once what another instance changed, in each block, and keeps each language apart', async () => {
    const first = (await t().client().get('/oost')).body;
    const [activity, story] = [linked(first, 'activiteiten'), linked(first, 'verhalen')];
    expect(activity).not.toBe('');
    expect(story).not.toBe('');
    const district = await t().db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
    const platform = await t()
      .db.selectFrom('portal_platforms')
      .select('id')
      .where('district_id', '=', district.id)
      .executeTakeFirstOrThrow();
    // Another instance: its own connection, writing straight to the tables (no feature code,
    // so only the database's triggers can tell this instance's kept blocks).
    const other = openDatabase(
      t().engine === 'postgres' ? { kind: 'postgres', url: t().databaseUrl } : { kind: 'sqlite', file: t().databaseUrl },
    );
    try {
      await other.db.updateTable('activities').set({ title: 'Soep van de andere machine' }).where('id', '=', activity).execute();
      await other.db.updateTable('stories').set({ title: 'Verhaal van de andere machine' }).where('id', '=', story).execute();
      await other.db
        .updateTable('portal_platforms')
        .set({ name: 'Platform van de andere machine' })
        .where('id', '=', platform.id)
        .execute();
    } finally {
      await other.close();
    }
    const after = (await t().client().get('/oost')).body;
    expect(after).toContain('Soep van de andere machine');
    expect(after).toContain('Verhaal van de andere machine');
    expect(after).toContain('Platform van de andere machine');
    expect(after).toContain('Wat is er te doen');

    const english = t().client();
    english.setCookie('wp_lang', 'en');
    const page = (await english.get('/oost')).body;
    expect(page).toContain('What&#39;s on');
    expect(page).toContain('News and stories');
    expect(page).not.toContain('Wat is er te doen');
  });

  it('lets a started activity go at the next minute', async () => {
    const page = async () => (await t().client().get('/oost')).body;
    const first = await page();
    const activity = linked(first, 'activiteiten');
    const next = await t()
      .db.selectFrom('activity_occurrences')
      .select('starts_at')
      .where('activity_id', '=', activity)
      .where('starts_at', '>=', t().clock.now().toISOString())
      .orderBy('starts_at')
      .executeTakeFirstOrThrow();
    // One minute past its start the block is drawn again, without that date: the first item
    // is now another activity, or the same one on a later date.
    const firstItem = (html: string) => /<li class="wp-agenda-item">([\s\S]*?)<\/li>/.exec(html)?.[1] ?? '';
    expect(firstItem(first)).toContain(activity);
    t().clock.advanceMinutes(Math.ceil((Date.parse(next.starts_at) - t().clock.now().getTime()) / 60_000) + 1);
    const later = await page();
    expect(firstItem(later)).not.toBe('');
    expect(firstItem(later)).not.toBe(firstItem(first));
  });
});
