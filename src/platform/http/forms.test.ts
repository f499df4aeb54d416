import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseForm } from './forms.ts';

const schema = z.object({
  name: z.string().trim().min(1).max(10),
  email: z.email(),
  kind: z.enum(['a', 'b']),
  age: z.coerce.number().int().min(18, 'people.tooYoung'),
});

describe('parseForm', () => {
  it('returns typed data', () => {
    const result = parseForm(schema, { name: ' Anja ', email: 'a@b.nl', kind: 'a', age: '40' });
    expect(result).toMatchObject({ ok: true, data: { name: 'Anja', age: 40 } });
  });

  it('turns every problem into a message code with parameters', () => {
    const result = parseForm(schema, { name: 'x'.repeat(11), email: 'nope', kind: 'c', age: '12' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      name: { code: 'validation.tooBig.string', params: { max: 10 } },
      email: { code: 'validation.email' },
      kind: { code: 'validation.choice' },
      age: { code: 'people.tooYoung', params: { min: 18 } },
    });
    expect(result.values.name).toBe('x'.repeat(11));
  });

  it('treats missing and empty fields as required', () => {
    const result = parseForm(schema, { name: '   ' });
    expect(result.ok ? {} : result.errors).toMatchObject({
      name: { code: 'validation.required' },
      email: { code: 'validation.required' },
    });
  });

  it('survives a body that is not a form', () => {
    expect(parseForm(schema, 'garbage').ok).toBe(false);
    expect(parseForm(schema, null).ok).toBe(false);
  });
});
