/**
 * The oldest Node.js the app runs on (package.json `engines` says the same; a test holds them
 * together). better-sqlite3 13 crashes the process on Node.js 20 at its first query, so the
 * app says so at start instead (ADR 0009).
 */
export const minimumNode = { major: 22, minor: 12 } as const;

/** A message for the person starting the app when `version` is too old; null when it is fine. */
export function runtimeProblem(version: string): string | null {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major > minimumNode.major || (major === minimumNode.major && minor >= minimumNode.minor)) return null;
  return `Wijkportaal needs Node.js ${minimumNode.major}.${minimumNode.minor} or newer; this is Node.js ${version}. See README.md, "Snel starten".`;
}
