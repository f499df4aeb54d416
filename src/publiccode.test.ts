import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The rules of the publiccode.yml standard v0.4 (https://yml.publiccode.tools, "Key
 * reference" and "Categories list") that apply to Wijkportaal's file: required keys, the
 * closed lists, lengths and the maintenance contact. No JavaScript port of the official
 * parser (publiccode-parser-go) is on the npm registry, so the rules are written here.
 */
const categories = new Set(
  `accounting agile-project-management applicant-tracking application-development appointment-scheduling backup
  billing-and-invoicing blog budgeting business-intelligence business-process-management cad call-center-management
  cloud-management collaboration communications compliance-management contact-management content-management crm
  customer-service-and-support data-analytics data-collection data-visualization digital-asset-management
  digital-citizenship document-management donor-management e-commerce e-signature email-management email-marketing
  employee-management enterprise-project-management enterprise-social-networking erp event-management
  facility-management feedback-and-reviews-management financial-reporting fleet-management fund-accounting
  geographic-information-systems grant-management graphic-design help-desk hr ide identity-management
  instant-messaging inventory-management it-asset-management it-development it-management it-security
  it-service-management knowledge-management learning-management-system marketing mind-mapping mobile-marketing
  mobile-payment network-management office online-booking online-community payment-gateway payroll
  predictive-analysis procurement productivity-suite project-collaboration project-management property-management
  real-estate-management remote-support resource-management sales-management seo service-desk-management
  social-media-management survey talent-management task-management taxes-management test-management
  time-management time-tracking translation video-conferencing video-editing visitor-management voip
  warehouse-management web-collaboration web-conferencing website-builder whistleblowing workflow-management`.split(/\s+/),
);
const platforms = new Set(['web', 'windows', 'mac', 'linux', 'ios', 'android']);
const statuses = new Set(['concept', 'development', 'beta', 'stable', 'obsolete']);
const softwareTypes = new Set([
  'standalone/mobile',
  'standalone/iot',
  'standalone/desktop',
  'standalone/web',
  'standalone/backend',
  'standalone/other',
  'addon',
  'library',
  'configurationFiles',
]);
const maintenanceTypes = new Set(['internal', 'contract', 'community', 'none']);
const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Description {
  genericName?: string;
  shortDescription?: string;
  longDescription?: string;
  features?: string[];
}

type Need = (ok: boolean, problem: string) => void;

function checkTop(doc: Record<string, unknown>, need: Need): void {
  need(/^0\.4(\.\d+)?$/.test(String(doc.publiccodeYmlVersion)), 'publiccodeYmlVersion: not 0.4');
  need(typeof doc.name === 'string' && doc.name !== '', 'name: missing');
  need(typeof doc.url === 'string' && URL.canParse(doc.url), 'url: not a URL');
  need(/^\d{4}-\d{2}-\d{2}$/.test(String(doc.releaseDate)), 'releaseDate: not YYYY-MM-DD');
  const list = (key: string) => (Array.isArray(doc[key]) ? (doc[key] as unknown[]).map(String) : []);
  need(list('platforms').length > 0, 'platforms: missing');
  for (const p of list('platforms')) need(platforms.has(p), `platforms: ${p} is not a platform`);
  need(list('categories').length > 0, 'categories: missing');
  for (const c of list('categories')) need(categories.has(c), `categories: ${c} is not a category`);
  need(statuses.has(String(doc.developmentStatus)), 'developmentStatus: not allowed');
  need(softwareTypes.has(String(doc.softwareType)), 'softwareType: not allowed');
  const legal = (doc.legal ?? {}) as { license?: string };
  need(/^[A-Za-z0-9.+-]+( (AND|OR) [A-Za-z0-9.+-]+)*$/.test(legal.license ?? ''), 'legal.license: not an SPDX expression');
  const localisation = (doc.localisation ?? {}) as { localisationReady?: unknown; availableLanguages?: unknown[] };
  need(typeof localisation.localisationReady === 'boolean', 'localisation.localisationReady: not a boolean');
  need((localisation.availableLanguages ?? []).length > 0, 'localisation.availableLanguages: missing');
}

function checkDescriptions(doc: Record<string, unknown>, need: Need): void {
  const descriptions = Object.entries((doc.description ?? {}) as Record<string, Description>);
  need(descriptions.length > 0, 'description: missing');
  for (const [lang, d] of descriptions) {
    need(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang), `description.${lang}: not a language`);
    need((d.genericName ?? '').length <= 35, `description.${lang}.genericName: longer than 35`);
    const short = (d.shortDescription ?? '').length;
    need(short > 0 && short <= 150, `description.${lang}.shortDescription: 1–150`);
    const long = (d.longDescription ?? '').length;
    need(long >= 150 && long <= 10000, `description.${lang}.longDescription: 150–10000`);
    need((d.features ?? []).length > 0, `description.${lang}.features: missing`);
  }
}

function checkMaintenance(doc: Record<string, unknown>, need: Need): void {
  const maintenance = (doc.maintenance ?? {}) as { type?: string; contacts?: { name?: string; email?: string }[] };
  need(maintenanceTypes.has(maintenance.type ?? ''), 'maintenance.type: not allowed');
  if (maintenance.type !== 'internal' && maintenance.type !== 'community') return;
  need((maintenance.contacts ?? []).length > 0, 'maintenance.contacts: needed for internal or community maintenance');
  for (const c of maintenance.contacts ?? []) {
    need(typeof c.name === 'string' && c.name !== '', 'maintenance.contacts.name: missing');
    need(email.test(c.email ?? ''), `maintenance.contacts: ${c.name ?? '?'} has no e-mail address`);
  }
}

/** Every break of the v0.4 rules, as `key: problem`. */
function problems(doc: Record<string, unknown>): string[] {
  const found: string[] = [];
  const need: Need = (ok, problem) => {
    if (!ok) found.push(problem);
  };
  checkTop(doc, need);
  checkDescriptions(doc, need);
  checkMaintenance(doc, need);
  return found;
}

describe('publiccode.yml (issue 13)', () => {
  const doc = parse(readFileSync(new URL('../publiccode.yml', import.meta.url), 'utf8')) as Record<string, unknown>;

  it('keeps the rules of publiccode.yml v0.4', () => {
    expect(problems(doc)).toEqual([]);
  });

  it('finds what the issue found: an unknown category, a long genericName, a contact without e-mail', () => {
    const broken = structuredClone(doc);
    broken.categories = ['it-help-desk'];
    (broken.description as Record<string, Description>).nl = {
      ...(broken.description as Record<string, Description>).nl,
      genericName: 'Wijkportaal voor bewoners en wijkpartners',
    };
    broken.maintenance = { type: 'community', contacts: [{ name: 'Wijkportaal developers' }] };
    expect(problems(broken)).toEqual([
      'categories: it-help-desk is not a category',
      'description.nl.genericName: longer than 35',
      'maintenance.contacts: Wijkportaal developers has no e-mail address',
    ]);
  });
});
