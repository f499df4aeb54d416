import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/**
 * A UUID version 7 (time first), with a counter in the bits after the time so ids made in
 * the same millisecond still sort in the order they were made. Timeline events written in
 * one action share their instant; this keeps them in the order they happened.
 */
export function orderedId(nowMs: number = Date.now()): string {
  if (nowMs === lastMs) counter += 1;
  else {
    lastMs = nowMs;
    counter = 0;
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(nowMs, 0, 6);
  bytes[6] = 0x70 | ((counter >> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
