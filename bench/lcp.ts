// `npm run bench:lcp [-- --walk DIR]`: the cold largest contentful paint on a slow phone
// (issue 16, item 6). The app on demo data (SQLite), Debian's Chromium through CDP with the
// slow-phone profile: 400 ms round trip, 400 kbit/s down and up, CPU ×4, a 390 px viewport,
// a fresh context with the cache off for every run. For each page, RUNS runs (default 5):
// the median LCP, the bytes on the wire per kind, the floor (2 round trips + the bytes the
// first paint needs, HTML and CSS, ÷ the bandwidth) and LCP ÷ floor. Goal: ≤ 1.3. Prints the
// load average: on the shared 2-core machine a figure is no more than that. RUNS=n, CPU=n
// (throttling factor, default 4), PORT=n (default: any free port).
// `--walk DIR` also loads /oost at 320 px and saves the first painted frames there.
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import { demoApp } from './app-harness.ts';

const RUNS = Number(process.env.RUNS ?? 5);
// CPU=1 leaves the processor alone: what is left over the floor is then the network's part.
const CPU = Number(process.env.CPU ?? 4);
const RTT = 400;
const BYTES_PER_MS = (400 * 1000) / 8 / 1000;
const GOAL = 1.3;

type Kind = 'html' | 'css' | 'other';
interface Run {
  lcp: number;
  timeline: string;
  fcp: number;
  bytes: Record<Kind, number>;
  requests: string[];
  element: string;
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** A fresh context (cold: no cache, no cookies) with the slow-phone profile set through CDP. */
async function slowPhone(browser: Browser, width: number): Promise<{ page: Page; cdp: CDPSession; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: RTT,
    downloadThroughput: BYTES_PER_MS * 1000,
    uploadThroughput: BYTES_PER_MS * 1000,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  return { page, cdp, close: () => context.close() };
}

function kindOf(type: string): Kind {
  if (type === 'Document') return 'html';
  if (type === 'Stylesheet') return 'css';
  return 'other';
}

/** What this bench reads of the page's performance API (the project compiles without the DOM library). */
interface PageGlobals {
  location: { origin: string };
  performance: {
    getEntriesByType(type: string): { name: string; startTime: number; responseStart: number; responseEnd: number }[];
    getEntriesByName(name: string): { startTime: number }[];
  };
  PerformanceObserver: new (callback: (list: { getEntries(): Painted[] }) => void) => {
    observe(options: { type: string; buffered: boolean }): void;
  };
}
interface Painted {
  startTime: number;
  element: { tagName: string; textContent: string | null } | null;
}

/** The paints as the page saw them: LCP (buffered), first contentful paint, and what the LCP was. */
function paints(page: Page): Promise<{ lcp: number; fcp: number; element: string; timeline: string }> {
  return page.evaluate(
    () =>
      new Promise<{ lcp: number; fcp: number; element: string; timeline: string }>((resolve) => {
        const { location, performance, PerformanceObserver } = globalThis as unknown as PageGlobals;
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1);
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
          const el = last?.element;
          const element = el ? `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"` : '?';
          // When each response began and ended, from the start of navigation (resource timing).
          const timeline = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
            .map(
              (t) =>
                `${t.name.replace(location.origin, '').slice(0, 30)} ${t.startTime.toFixed(0)}–${t.responseStart.toFixed(0)}–${t.responseEnd.toFixed(0)}`,
            )
            .join(', ');
          resolve({ lcp: last?.startTime ?? 0, fcp, element, timeline });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
}

async function once(browser: Browser, url: string): Promise<Run> {
  const { page, cdp, close } = await slowPhone(browser, 390);
  try {
    const types = new Map<string, { type: string; url: string }>();
    const bytes: Record<Kind, number> = { html: 0, css: 0, other: 0 };
    const requests: string[] = [];
    cdp.on('Network.responseReceived', (e) => types.set(e.requestId, { type: e.type, url: e.response.url }));
    cdp.on('Network.loadingFinished', (e) => {
      const seen = types.get(e.requestId);
      if (seen === undefined || seen.url.startsWith('data:')) return;
      bytes[kindOf(seen.type)] += e.encodedDataLength;
      requests.push(`${new URL(seen.url).pathname} ${e.encodedDataLength} B`);
    });
    await page.goto(url, { waitUntil: 'load' });
    // The requests up to the load event: the browser's own /favicon.ico comes after it.
    const seen = await paints(page);
    return { ...seen, bytes, requests };
  } finally {
    await close();
  }
}

/** /oost at 320 px with the throttling on: the first painted frames, as the resident sees them. */
async function walk(browser: Browser, base: string, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const { page, cdp, close } = await slowPhone(browser, 320);
  const frames: { at: number; data: string }[] = [];
  const started = Date.now();
  cdp.on('Page.screencastFrame', (frame) => {
    frames.push({ at: Date.now() - started, data: frame.data });
    void cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId });
  });
  await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
  await page.goto(`${base}/oost`, { waitUntil: 'load' });
  const seen = await paints(page);
  await page.waitForTimeout(500);
  await cdp.send('Page.stopScreencast');
  await page.screenshot({ path: join(dir, 'oost-320-full.png'), fullPage: true });
  await close();
  frames.slice(0, 4).forEach((f, i) => writeFileSync(join(dir, `oost-320-frame-${i}-${f.at}ms.png`), Buffer.from(f.data, 'base64')));
  console.log(
    `walk /oost at 320 px: FCP ${seen.fcp.toFixed(0)} ms, LCP ${seen.lcp.toFixed(0)} ms (${seen.element}); ${frames.length} frames, the first ${Math.min(4, frames.length)} saved in ${dir} (times from the start of navigation as the driver saw them)`,
  );
}

async function pages(base: string): Promise<Record<string, string>> {
  const search = await (await fetch(`${base}/oost/gids?q=koffie`)).text();
  const detail = /href="(\/oost\/gids\/(?:aanbod|plekken|organisaties)\/[0-9a-f-]+)"/.exec(search)?.[1];
  if (detail === undefined) throw new Error('no entry in /oost/gids?q=koffie');
  const list: Record<string, string> = { '/oost': '/oost', '/oost/gids?q=koffie': '/oost/gids?q=koffie', '/oost/gids/… (detail)': detail };
  if ((await fetch(`${base}/oost/kiosk`)).ok) list['/oost/kiosk'] = '/oost/kiosk';
  return list;
}

async function main(): Promise<void> {
  const bench = await demoApp();
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await bench.app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
    const address = bench.app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
    const walkAt = process.argv.indexOf('--walk');
    if (walkAt >= 0) await walk(browser, base, process.argv[walkAt + 1] ?? 'test-results/lcp-walk');
    console.log(`load average before: ${load()} (2 cores; quiet below ~0.5)`);
    console.log(`\nslow phone: ${RTT} ms RTT, 400 kbit/s, CPU ×${CPU}, 390 px, cold; ${RUNS} runs per page, median:`);
    console.log(
      '| page | LCP | FCP | HTML | CSS | other | floor | LCP / floor | LCP runs (ms) |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    const details: string[] = [];
    for (const [name, path] of Object.entries(await pages(base))) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await once(browser, `${base}${path}`));
      const lcp = median(runs.map((r) => r.lcp));
      const bytes = {
        html: median(runs.map((r) => r.bytes.html)),
        css: median(runs.map((r) => r.bytes.css)),
        other: median(runs.map((r) => r.bytes.other)),
      };
      const floor = 2 * RTT + (bytes.html + bytes.css) / BYTES_PER_MS;
      const ratio = lcp / floor;
      console.log(
        `| \`${name}\` | ${lcp.toFixed(0)} ms | ${median(runs.map((r) => r.fcp)).toFixed(0)} ms | ${kB(bytes.html)} | ${kB(bytes.css)} | ${kB(bytes.other)} | ${floor.toFixed(0)} ms | ${ratio.toFixed(2)}${ratio <= GOAL ? '' : ' (over)'} | ${runs.map((r) => r.lcp.toFixed(0)).join(' ')} |`,
      );
      const first = runs[0];
      if (first) details.push(`${name}: LCP ${first.element}; ${first.requests.join(', ')}; start–first byte–end (ms): ${first.timeline}`);
    }
    console.log(
      `\nbytes on the wire with headers (CDP encodedDataLength) up to the load event; floor = 2 × ${RTT} ms + (HTML + CSS) ÷ 400 kbit/s; goal LCP / floor ≤ ${GOAL}`,
    );
    console.log(details.join('\n'));
    console.log(`load average after: ${load()}`);
  } finally {
    await browser.close();
    await bench.close();
  }
}

await main();
