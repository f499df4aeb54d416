/**
 * An HSDS import is checked whole before anything is stored: every problem is reported with
 * its place in the file (such as `services[3].schedules[0].closes_at`), and only a file
 * without problems is imported, all of it at once.
 */
import { hsdsDocument, type HsdsDocument } from './hsds.schema.ts';
import { readOrganizations } from './import-entries.rules.ts';
import { asImportDocument } from './import-shapes.rules.ts';
import { Reader, type ImportContext, type ImportProblem } from './import-reader.rules.ts';
import { readService } from './import-services.rules.ts';
import type { Dataset } from '../model/guide.model.ts';
import type { z } from 'zod';

function pathOf(parts: readonly PropertyKey[]): string {
  return parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** Reads and checks the JSON text; the problems of its shape come from the zod schema. */
export function parseDocument(text: string): { doc: HsdsDocument } | { problems: ImportProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problems: [{ path: '', code: 'guide.import.notJson' }] };
  }
  const parsed = hsdsDocument.safeParse(asImportDocument(json));
  if (parsed.success) return { doc: parsed.data };
  return {
    problems: parsed.error.issues.slice(0, 500).map((issue: z.core.$ZodIssue) => ({
      path: pathOf(issue.path),
      code: issue.message.startsWith('guide.') || issue.message.startsWith('validation.') ? issue.message : 'guide.import.invalid',
    })),
  };
}

/** References must point at something in the file or already in this district. */
function checkReferences(r: Reader, doc: HsdsDocument) {
  const orgIds = new Set([...r.ctx.knownOrganizationIds, ...r.data.organizations.map((o) => o.id)]);
  const locationIds = new Set([...r.ctx.knownLocationIds, ...r.data.locations.map((l) => l.id)]);
  for (const [i, s] of doc.services.entries()) {
    if (!orgIds.has(s.organization_id)) r.problem(`services[${i}].organization_id`, 'guide.import.dangling', { id: s.organization_id });
    for (const [j, sal] of (s.service_at_locations ?? []).entries()) {
      if (!locationIds.has(sal.location_id))
        r.problem(`services[${i}].service_at_locations[${j}].location_id`, 'guide.import.dangling', { id: sal.location_id });
    }
  }
  for (const [i, o] of doc.organizations.entries()) {
    for (const [j, c] of (o.contacts ?? []).entries()) {
      if (c.location_id !== undefined && !locationIds.has(c.location_id))
        r.problem(`organizations[${i}].contacts[${j}].location_id`, 'guide.import.dangling', { id: c.location_id });
    }
  }
}

/** The whole file as the guide's entries, or every problem in it. */
export function readHsds(doc: HsdsDocument, ctx: ImportContext): { data: Dataset; problems: ImportProblem[] } {
  const r = new Reader(ctx);
  readOrganizations(r, doc);
  for (const [i, s] of doc.services.entries()) readService(r, `services[${i}]`, s);
  checkReferences(r, doc);
  return { data: r.data, problems: r.problems };
}
