import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const [width, path, ...ys] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto('http://localhost:4200' + path);
for (const y of ys) {
  const name = `/tmp/seg-${width}${path.replace(/\//g, '_')}-${y}.png`;
  await page.screenshot({ path: name, fullPage: true, clip: { x: 0, y: Number(y), width: Number(width), height: 900 } });
  console.log(name);
}
await browser.close();
