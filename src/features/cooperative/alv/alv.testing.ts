import type { TestApp } from '../../../testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/client.ts';

/** A form as a browser sends it with files: multipart. */
function multipart(fields: Record<string, string>, files: Record<string, Buffer>): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----wijkportaal-alv';
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  for (const [name, bytes] of Object.entries(files))
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${name}.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      bytes,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Sends a form with files as the signed-in client, with the CSRF token of the form's page. */
export async function postWithFiles(
  t: TestApp,
  client: TestClient,
  path: string,
  fields: Record<string, string>,
  files: Record<string, Buffer>,
) {
  const page = await client.get(path);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  const cookie = ['wp_session', 'wp_csrf'].map((name) => `${name}=${client.cookie(name) ?? ''}`).join('; ');
  const body = multipart({ _csrf: csrf, ...fields }, files);
  return t.app.inject({ method: 'POST', url: path, payload: body.payload, headers: { ...body.headers, cookie } });
}

/** A small file that is a PDF by its first bytes. */
export const pdf = (text: string): Buffer => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n`);
