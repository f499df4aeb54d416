/** Test support for HSDS: the official schemas as validators, and uploading an import file as a browser does. */
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { TestClient } from '../../../platform/testing/client.ts';
import type { TestApp } from '../../../testing/test-app.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const dir = new URL('./schemas/', import.meta.url);

/** Open Referral checks its examples with additionalProperties false on every object; so do we. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, closed(v)]));
  if ('properties' in copy) copy.additionalProperties = false;
  return copy;
}

export function validators() {
  const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
  const load = (file: URL) => closed(JSON.parse(readFileSync(file, 'utf8'))) as AnySchema;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) ajv.addSchema(load(new URL(file, dir)), file);
  const get = (name: string): ValidateFunction => {
    const validate = ajv.getSchema(name);
    if (validate === undefined) throw new Error(`no schema ${name}`);
    return validate;
  };
  return {
    service: get('service.json'),
    organization: get('organization.json'),
    location: get('location.json'),
    taxonomy: get('taxonomy.json'),
    term: get('taxonomy_term.json'),
    serviceList: ajv.compile(load(new URL('compiled/service_list.json', dir))),
    organizationList: ajv.compile(load(new URL('compiled/organization_list.json', dir))),
    salList: ajv.compile(load(new URL('compiled/service_at_location_list.json', dir))),
    sal: ajv.compile(load(new URL('compiled/service_at_location.json', dir))),
  };
}

export function valid(validate: ValidateFunction, body: unknown): void {
  const ok = validate(body);
  expect(ok ? [] : validate.errors?.slice(0, 5)).toEqual([]);
}

export const pageKeys = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'];

function multipart(csrf: string, file: string | Buffer): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----wijkportaal-test';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n`),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="bestand"; filename="gids.json"\r\nContent-Type: application/json\r\n\r\n`,
    ),
    Buffer.isBuffer(file) ? file : Buffer.from(file),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

function withCookies(client: TestClient, body: { payload: Buffer; headers: Record<string, string> }) {
  const cookie = ['wp_session', 'wp_csrf'].map((name) => `${name}=${client.cookie(name) ?? ''}`).join('; ');
  return { payload: body.payload, headers: { ...body.headers, cookie } };
}

/** Sends import files as the signed-in client, with the CSRF token of the import page, as a browser would. */
export async function uploader(t: TestApp, client: TestClient) {
  const form = await client.get('/oost/gids/beheer/import');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
  return (file: string | Buffer) =>
    t.app.inject({ method: 'POST', url: '/oost/gids/beheer/import', ...withCookies(client, multipart(csrf, file)) });
}
