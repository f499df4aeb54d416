import { assignRole, insertUser } from '../../../platform/auth/auth.repository.ts';
import { DEMO_PASSWORD } from '../../../platform/auth/demo.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findDistrictBySlug, listBuurten } from '../../../platform/geography/geography.repository.ts';
import data from './story.demo.json' with { type: 'json' };
import { insertStory } from './story.repository.ts';
import { kindOf } from './story.rules.ts';

interface DemoStory {
  kind: string;
  buurt: string | null;
  themes: string[];
  /** Days ago. */
  days: number;
  author: string;
  showName: boolean;
  title: string;
  body: string;
  waiting?: boolean;
}

/** Oost's editor (a demo person) and a dozen demo stories and news items, one still waiting for the editor. */
export async function seedDemoStories(db: DbOrTx, deps: { clock: Clock }): Promise<void> {
  const district = await findDistrictBySlug(db, 'oost');
  if (district === undefined) return;
  const now = deps.clock.now();
  const at = now.toISOString();
  const editor = await insertUser(db, {
    email: 'redactie.oost@wijkportaal.example',
    name: 'Redacteur Oost voor Elkaar (demo)',
    passwordHash: await hashPassword(DEMO_PASSWORD),
    createdAt: at,
  });
  await assignRole(db, editor, { role: 'editor', districtId: district.id, buurtId: null, organizationId: null }, { at, by: null });
  const buurten = await listBuurten(db, district.id);
  for (const s of data.stories as DemoStory[]) {
    const when = new Date(now.getTime() - s.days * 86_400_000).toISOString();
    await insertStory(db, {
      districtId: district.id,
      buurtId: buurten.find((b) => b.slug === s.buurt)?.id ?? null,
      kind: kindOf(s.kind),
      title: s.title,
      body: s.body,
      themes: s.themes,
      showName: s.showName,
      authorName: s.author,
      authorEmail: null,
      authorUserId: s.waiting === true ? null : editor,
      status: s.waiting === true ? 'submitted' : 'published',
      at: when,
    });
  }
}
