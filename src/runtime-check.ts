// Imported first by main.ts, so it runs before any native module loads: on a Node.js older
// than the engines, better-sqlite3 and sharp crash the process without a word (ADR 0009).
import { runtimeProblem } from './platform/runtime.ts';

const problem = runtimeProblem(process.versions.node);
if (problem !== null) {
  console.error(problem);
  process.exit(1);
}
