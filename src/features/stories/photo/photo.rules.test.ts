import { describe, expect, it } from 'vitest';
import { imageKindOf } from './photo.rules.ts';

describe('image kind by content', () => {
  it('knows JPEG, PNG and WebP by their first bytes, and nothing else', () => {
    expect(imageKindOf(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(imageKindOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(imageKindOf(new TextEncoder().encode('RIFF1234WEBPVP8 '))).toBe('webp');
    expect(imageKindOf(new TextEncoder().encode('<svg onload="alert(1)"></svg>'))).toBeNull();
    expect(imageKindOf(new TextEncoder().encode('GIF89a'))).toBeNull();
    expect(imageKindOf(new Uint8Array())).toBeNull();
  });
});
