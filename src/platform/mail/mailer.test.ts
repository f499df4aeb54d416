import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createLogMailer } from './mailer.ts';

describe('the log mailer of development (issue 13)', () => {
  it('saves attachments under the data folder and names them in the log', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wp-mail-'));
    const logged: unknown[] = [];
    const log = { info: (entry: unknown) => logged.push(entry) } as unknown as FastifyBaseLogger;
    const ics = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';
    await createLogMailer(log, dataDir).send({
      messageId: '<abc@wijkportaal.example>',
      to: 'partner@wijk.example',
      subject: 'Uitnodiging',
      text: 'Welkom',
      headers: { 'Auto-Submitted': 'auto-generated' },
      attachments: [{ filename: 'bijeenkomst.ics', content: ics, contentType: 'text/calendar' }],
    });
    const { mail } = logged[0] as { mail: { attachments: string[]; headers: Record<string, string> } };
    expect(mail.attachments.map((file) => basename(file))).toEqual(['bijeenkomst.ics']);
    expect(mail.attachments[0]?.startsWith(join(dataDir, 'mail'))).toBe(true);
    expect(readFileSync(mail.attachments[0] ?? '', 'utf8')).toBe(ics);
    expect(mail.headers).toEqual({ 'Auto-Submitted': 'auto-generated' });
  });
});
