import sharp from 'sharp';
import { expect, it } from 'vitest';
import type { TestClient } from '../../../platform/testing/client.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';

/** A story form as a browser sends it with a file: multipart, with the CSRF token of the page. */
function multipart(
  fields: Record<string, string>,
  file: { name: string; type: string; bytes: Buffer } | null,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----wijkportaal-story';
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  if (file !== null) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
    );
    parts.push(file.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describeEachEngine('story photos', (t) => {
  async function send(title: string, file: { name: string; type: string; bytes: Buffer } | null, alt = 'Buren op het plein') {
    const client: TestClient = t().client();
    const page = await client.get('/oost/verhalen/insturen');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const cookie = ['wp_session', 'wp_csrf'].map((name) => `${name}=${client.cookie(name) ?? ''}`).join('; ');
    const body = multipart(
      { _csrf: csrf, title, body: 'Met een foto.', name: 'Foto Bewoner', email: 'foto@bewoner.example', photoAlt: alt },
      file,
    );
    return t().app.inject({ method: 'POST', url: '/oost/verhalen/insturen', payload: body.payload, headers: { ...body.headers, cookie } });
  }

  const storyCount = async () => (await t().db.selectFrom('stories').select('id').execute()).length;

  it('stores a photo resized and without its EXIF location, served from the database', async () => {
    const photo = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#3a7' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'Bewoner' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1' } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const sent = await send('Verhaal met foto', { name: 'plein.jpg', type: 'image/jpeg', bytes: photo });
    expect(sent.statusCode).toBe(303);
    const story = await t().db.selectFrom('stories').select('id').where('title', '=', 'Verhaal met foto').executeTakeFirstOrThrow();
    const stored = await t().db.selectFrom('story_photos').selectAll().where('story_id', '=', story.id).executeTakeFirstOrThrow();
    expect([stored.width, stored.height, stored.alt]).toEqual([1200, 800, 'Buren op het plein']);
    const meta = await sharp(Buffer.from(stored.data_base64, 'base64')).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.width).toBe(1200);
    await t()
      .db.updateTable('stories')
      .set({ status: 'published', published_at: '2026-11-23T09:00:00.000Z' })
      .where('id', '=', story.id)
      .execute();
    const served = await t().client().get(`/oost/verhalen/${story.id}/foto.jpg`);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect((await t().client().get(`/oost/verhalen/${story.id}`)).body).toContain('alt="Buren op het plein"');
  });

  it('refuses a file that is not an image, a photo without words, and 50 MB, storing nothing', async () => {
    const before = await storyCount();
    const fake = await send('Geen foto', { name: 'foto.jpg', type: 'image/jpeg', bytes: Buffer.from('<script>alert(1)</script>') });
    expect(fake.statusCode).toBe(422);
    expect(fake.body).toContain('Dit bestand is geen foto die we kunnen gebruiken.');
    expect(fake.body).toContain('value="Geen foto"');
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const noAlt = await send('Zonder woorden', { name: 'a.png', type: 'image/png', bytes: png }, '');
    expect(noAlt.statusCode).toBe(422);
    expect(noAlt.body).toContain('Vertel in een paar woorden wat er op de foto staat.');
    const huge = Buffer.alloc(50 * 1024 * 1024, 0xff);
    huge.set([0xff, 0xd8, 0xff], 0);
    const tooBig = await send('Te groot', { name: 'groot.jpg', type: 'image/jpeg', bytes: huge });
    expect(tooBig.statusCode).toBe(422);
    expect(tooBig.body).toContain('Deze foto is te groot. Stuur een foto tot 10 MB.');
    expect(await storyCount()).toBe(before);
  });
});
