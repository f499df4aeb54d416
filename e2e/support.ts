import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../src/platform/auth/demo.ts';

/** Zero axe violations against WCAG 2.2 A and AA on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  // axe runs inside the page, so it needs JavaScript; the with-js run checks the same pages.
  if (test.info().project.use.javaScriptEnabled === false) return;
  expect(await axeViolations(page)).toEqual([]);
}

/** Each WCAG 2.2 A/AA violation on the page as "rule: elements". */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** The path of the first link to this site in a mail, e.g. `/aanmelden/…`. */
export function linkPath(mail: Mail, prefix: string): string {
  const match = new RegExp(`https?://[^/\\s]+(${prefix}[\\w/-]*)`).exec(mail.text);
  if (!match?.[1]) throw new Error(`no ${prefix} link in mail "${mail.subject}"`);
  return match[1];
}

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}

/** Mails the test SMTP server received, newest last. */
export async function mails(): Promise<Mail[]> {
  const response = await fetch(`http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}/mails`);
  return (await response.json()) as Mail[];
}

export async function waitForMail(predicate: (m: Mail) => boolean): Promise<Mail> {
  for (let i = 0; i < 100; i++) {
    const found = (await mails()).find(predicate);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no matching mail');
}
