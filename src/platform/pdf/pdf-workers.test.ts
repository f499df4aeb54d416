import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// A process that builds a PDF and has nothing else to do: it must wait for the PDF (a busy
// worker keeps it alive) and then end by itself (an idle worker does not). A bench or a
// command-line task that built a PDF used to hang after its last line.
const script = `
  import { renderBlocksInWorker } from ${JSON.stringify(new URL('./pdf-workers.ts', import.meta.url).href)};
  const bytes = await renderBlocksInWorker({ meta: { title: 'Proef', lang: 'nl' }, blocks: [{ kind: 'paragraph', text: 'Inloop op maandag.' }] });
  console.log(bytes.subarray(0, 5).toString('latin1'));
`;

describe('PDF workers', () => {
  it('keep a process alive while they build, and let it end when they are idle', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.signal).toBeNull();
    expect(run.stdout.trim()).toBe('%PDF-');
    expect(run.status).toBe(0);
  }, 40_000);
});
