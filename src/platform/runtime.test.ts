import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minimumNode, runtimeProblem } from './runtime.ts';

const engines = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } }).engines
  .node;
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const ci = process.env.CI === 'true' || process.env.CI === '1';

/** Node.js 20 reached its end of life on 30 April 2026; CI runs on the 24 LTS (ADR 0009). */
describe('the runtime', () => {
  it('asks for a Node.js that still gets security fixes', () => {
    const [, wantedMajor = '0'] = /^>=(\d+)\.(\d+)$/.exec(engines) ?? [];
    expect(Number(wantedMajor)).toBeGreaterThanOrEqual(22);
  });

  it('refuses to start on a Node.js older than the engines, with a message that says which', () => {
    expect(engines).toBe(`>=${minimumNode.major}.${minimumNode.minor}`);
    expect(runtimeProblem('20.20.2')).toContain('needs Node.js 22.12 or newer; this is Node.js 20.20.2');
    expect(runtimeProblem('22.11.0')).not.toBeNull();
    expect(runtimeProblem('22.12.0')).toBeNull();
    expect(runtimeProblem('24.21.0')).toBeNull();
  });

  it.runIf(ci)('is, in CI, the 24 LTS and within the engines the package declares', () => {
    const [, wantedMajor = '0', wantedMinor = '0'] = /^>=(\d+)\.(\d+)$/.exec(engines) ?? [];
    expect(major).toBe(24);
    expect(major > Number(wantedMajor) || (major === Number(wantedMajor) && minor >= Number(wantedMinor))).toBe(true);
  });
});
