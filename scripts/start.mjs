#!/usr/bin/env node
// `npm start`: runs the compiled app from dist/, compiling first when dist/ is missing or
// older than the sources (ADR 0005, addendum). Compiling once instead of on every start
// keeps tsx's on-the-fly compilation out of the start; development and tests still use tsx.
import { build, isStale } from './build.mjs';

if (await isStale()) {
  const started = performance.now();
  const n = await build();
  console.error(`compiled ${n} files to dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
await import('../dist/main.js');
