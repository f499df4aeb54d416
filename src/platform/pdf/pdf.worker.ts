import { parentPort } from 'node:worker_threads';

/**
 * Builds PDFs away from the event loop. Each job names a module that exports
 * `renderPdf(input): Promise<Buffer>` and its input (plain data); the bytes go back.
 */
interface Job {
  id: number;
  module: string;
  input: unknown;
}

type Renderer = { renderPdf(input: unknown): Promise<Buffer> };

parentPort?.on('message', (job: Job) => {
  void (async () => {
    try {
      const renderer = (await import(job.module)) as Renderer;
      const bytes = await renderer.renderPdf(job.input);
      const copy = new Uint8Array(bytes);
      parentPort?.postMessage({ id: job.id, bytes: copy }, [copy.buffer]);
    } catch (error) {
      parentPort?.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  })();
});
