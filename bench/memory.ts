// `npm run bench:memory`: 20,000 mixed resident requests (pages, search, an entry, the
// results page and its PDF) over HTTP on the demo data (app.inject itself keeps ~10 kB a
// request, so it would measure the harness); prints RSS and heap after a
// full GC after the first 1,000, every 4,000 and at the end, and the ratio, and the CPU time of one
// `/oost/resultaten`. Runs with --expose-gc (see package.json). It measures, it does not judge.
import http from 'node:http';
import { demoApp, residentUrls } from './app-harness.ts';

const TOTAL = Number(process.env.REQUESTS ?? 20000);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function settled() {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed, buffers: m.arrayBuffers };
}

const bench = await demoApp();
const { app } = bench;
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const port = typeof address === 'object' && address !== null ? address.port : 0;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const get = (path: string) =>
  new Promise<number>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent, headers: { 'accept-encoding': 'gzip, br' } }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      })
      .on('error', reject);
  });
const urls = (await residentUrls(app)).filter((u) => process.env.ONLY === undefined || u === process.env.ONLY);
let first = settled();
for (let i = 0; i < TOTAL; i++) {
  const status = await get(urls[i % urls.length] ?? '/');
  if (status >= 500) throw new Error(`${urls[i % urls.length]} answered ${status}`);
  if (i + 1 === 1000) {
    first = settled();
    console.log(`after 1,000: RSS ${mb(first.rss)}, heap ${mb(first.heap)}, array buffers ${mb(first.buffers)}`);
  }
  // The curve between: whether the resident set still grows, or only warmed up (kept parts, code).
  if ((i + 1) % 4000 === 0 && i + 1 < TOTAL) console.log(`after ${(i + 1).toLocaleString('en')}: RSS ${mb(settled().rss)}`);
}
const end = settled();
console.log(`after ${TOTAL.toLocaleString('en')}: RSS ${mb(end.rss)}, heap ${mb(end.heap)}, array buffers ${mb(end.buffers)}`);
console.log(`RSS ratio end / 1,000: ${(end.rss / first.rss).toFixed(2)} (goal ≤ 1.20)`);
const cpu = process.cpuUsage();
for (let i = 0; i < 50; i++) await get('/oost/resultaten');
console.log(`/oost/resultaten: ${(process.cpuUsage(cpu).user / 1000 / 50).toFixed(1)} ms CPU per request`);
agent.destroy();
await bench.close();
