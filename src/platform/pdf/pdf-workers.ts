import type { BlocksDocument } from './blocks.pdf.ts';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

interface Pending {
  resolve(bytes: Buffer): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  busy: number;
}

const SIZE = 2;
const slots: Slot[] = [];
const pending = new Map<number, Pending>();
let nextId = 1;

// TypeScript runs in the worker as in the app, through tsx, whatever loader started the
// app (node --import tsx, or the test runner's): a two-line ES module registers tsx first.
const tsxApi = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs'),
).href;
const workerScript = new URL('./pdf.worker.ts', import.meta.url).href;
// Compiled for production (dist/, ADR 0005) the worker is JavaScript and needs no tsx.
const compiled = workerScript.endsWith('.js');
const bootstrap = compiled
  ? new URL(workerScript)
  : new URL(
      `data:text/javascript,${encodeURIComponent(`import { register } from '${tsxApi}'; register(); await import('${workerScript}');`)}`,
    );

function startWorker(): Slot {
  const worker = new Worker(bootstrap);
  const slot: Slot = { worker, busy: 0 };
  worker.on('message', (message: { id: number; bytes?: Uint8Array; error?: string }) => {
    if (--slot.busy === 0) worker.unref();
    const job = pending.get(message.id);
    pending.delete(message.id);
    if (message.bytes !== undefined) job?.resolve(Buffer.from(message.bytes));
    else job?.reject(new Error(`PDF could not be built: ${message.error ?? 'unknown'}`));
  });
  worker.on('error', (error) => {
    slots.splice(slots.indexOf(slot), 1);
    for (const [id, job] of pending) {
      pending.delete(id);
      job.reject(error);
    }
  });
  // Idle, a worker does not keep the process alive. Unref'd only now: a 'message' listener
  // added later would ref its port again, and a script or bench would never end.
  worker.unref();
  return slot;
}

function leastBusy(): Slot {
  if (slots.length < SIZE && slots.every((s) => s.busy > 0)) slots.push(startWorker());
  return slots.reduce((a, b) => (b.busy < a.busy ? b : a));
}

/**
 * Builds a PDF in a worker thread, so a long document never holds up other requests:
 * `module` exports `renderPdf(input)`; `input` is plain data (it is copied to the worker).
 */
export function renderInWorker(module: URL, input: unknown): Promise<Buffer> {
  const slot = leastBusy();
  const id = nextId++;
  // While it builds, it does: a script that waits for a PDF gets it.
  if (slot.busy++ === 0) slot.worker.ref();
  return new Promise<Buffer>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    slot.worker.postMessage({ id, module: module.href, input });
  });
}

/** Builds a document of plain blocks (headings, paragraphs, lists, tables) in a worker. */
export function renderBlocksInWorker(input: BlocksDocument): Promise<Buffer> {
  return renderInWorker(new URL('./blocks.pdf.ts', import.meta.url), input);
}
