#!/usr/bin/env node
// `npm run build`: compiles src/ once to dist/ for production starts (ADR 0005, addendum).
// Every .ts/.tsx file is transpiled on its own by esbuild (no bundle, so files keep their
// places and the assets read next to them are copied beside them); relative `.ts`/`.tsx`
// specifiers become `.js`. Tests are left out. Types are checked by `tsc --noEmit`, not here.
// `isStale()` says whether dist/ was built from the sources as they are now.
import { transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'src');
const out = join(root, 'dist');
const stampFile = join(out, '.stamp');
const skip = /\.test\.tsx?$|(^|\/)testing\//;
const compiled = /\.tsx?$/;

async function files(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat().filter((file) => !skip.test(relative(source, file)));
}

/** A fingerprint of the sources (names, sizes, times) and of this script: cheap to take on every start. */
async function fingerprint(list) {
  const hash = createHash('sha256');
  for (const file of [...list, fileURLToPath(import.meta.url), join(root, 'package-lock.json')].sort()) {
    const s = await stat(file).catch(() => null);
    hash.update(`${file}\0${s?.size ?? -1}\0${s?.mtimeMs ?? -1}\n`);
  }
  return hash.digest('hex');
}

export async function isStale() {
  const [want, have] = await Promise.all([files(source).then(fingerprint), readFile(stampFile, 'utf8').catch(() => '')]);
  return want !== have;
}

const tsconfigRaw = {
  compilerOptions: { verbatimModuleSyntax: true, jsx: 'react-jsx', jsxImportSource: '@kitajs/html', target: 'ES2023' },
};
// './x.ts', "../y.tsx" in imports and in `new URL('./z.ts', import.meta.url)`: the compiled file is .js.
const relativeTs = /(['"])(\.{1,2}\/[^'"\n]*?)\.tsx?\1/g;

async function buildOne(file) {
  const target = join(out, relative(source, file)).replace(compiled, '.js');
  await mkdir(dirname(target), { recursive: true });
  if (!compiled.test(file)) return copyFile(file, target);
  const code = await readFile(file, 'utf8');
  const result = await transform(code, {
    loader: file.endsWith('.tsx') ? 'tsx' : 'ts',
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    sourcefile: file,
    tsconfigRaw,
  });
  return writeFile(target, result.code.replace(relativeTs, '$1$2.js$1'));
}

export async function build() {
  const list = await files(source);
  await rm(out, { recursive: true, force: true });
  await Promise.all(list.map(buildOne));
  await writeFile(stampFile, await fingerprint(list));
  return list.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const n = await build();
  console.log(`built ${n} files to dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
