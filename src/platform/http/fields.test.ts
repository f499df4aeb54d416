import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as f from './fields.ts';
import { parseForm } from './forms.ts';

const ok = (schema: z.ZodType, value: unknown) => schema.parse(value);
const codeOf = (schema: z.ZodType, value: unknown) => {
  const form = parseForm(z.object({ x: schema }), { x: value });
  return form.ok ? null : form.errors.x?.code;
};

describe('the shared form fields', () => {
  it('text: trimmed, required, limited, no control characters', () => {
    expect(ok(f.text(10), '  Ans  ')).toBe('Ans');
    expect(codeOf(f.text(10), '   ')).toBe('validation.required');
    expect(codeOf(f.text(10, { required: 'x.name.required' }), '')).toBe('x.name.required');
    expect(codeOf(f.text(10, { required: 'x.name.required' }), undefined)).toBe('x.name.required');
    expect(codeOf(f.text(3), 'Annemarie')).toBe('validation.tooBig.string');
    expect(codeOf(f.text(10), 'a\u0000b')).toBe('validation.controlCharacters');
    expect(codeOf(f.text(10), 'a\nb')).toBe('validation.controlCharacters');
    expect(ok(f.text(10, { multiline: true }), 'a\r\nb\tc')).toBe('a\r\nb\tc');
    expect(codeOf(f.text(10, { multiline: true }), 'a\u0000b')).toBe('validation.controlCharacters');
  });

  it('optional text: empty is null, never ""', () => {
    expect(ok(f.optionalText(10), '')).toBeNull();
    expect(ok(f.optionalText(10), '   ')).toBeNull();
    expect(ok(f.optionalText(10), undefined)).toBeNull();
    expect(ok(f.optionalText(10), ' x ')).toBe('x');
    expect(codeOf(f.optionalText(10), '\u0000')).toBe('validation.controlCharacters');
  });

  it('e-mail: lower case, checked', () => {
    expect(ok(f.email(), ' Ans@Voorbeeld.NL ')).toBe('ans@voorbeeld.nl');
    expect(codeOf(f.email(), 'ans@')).toBe('validation.email');
    expect(codeOf(f.email('x.email.required'), '')).toBe('x.email.required');
    expect(ok(f.optionalEmail(), '')).toBeNull();
  });

  it('phone: Dutch and international numbers as people write them', () => {
    for (const good of ['030 123 4567', '06-12345678', '+31 6 1234 5678', '(030) 123 45 67']) expect(ok(f.phone(), good)).toBe(good);
    for (const bad of ['12345', 'bel me', '030 123 4567 89012345', '06\u000012345678'])
      expect(codeOf(f.phone(), bad)).toBe('validation.phone');
    expect(ok(f.optionalPhone(), '')).toBeNull();
    expect(codeOf(f.optionalPhone({ invalid: 'x.phone.invalid' }), '12345')).toBe('x.phone.invalid');
    expect(codeOf(f.phone({ required: 'x.phone.required' }), '')).toBe('x.phone.required');
  });

  it('password: exactly as typed, spaces and all', () => {
    expect(ok(f.password(), ' geheim woord ')).toBe(' geheim woord ');
    expect(codeOf(f.password(), '')).toBe('validation.required');
    expect(codeOf(f.password(), 'a\u0000b')).toBe('validation.controlCharacters');
  });

  it('postcode: any spacing and case, written the official way', () => {
    expect(ok(f.postcode(), '3581ab')).toBe('3581 AB');
    expect(ok(f.postcode(), ' 3581  AB ')).toBe('3581 AB');
    for (const bad of ['0581 AB', '358 AB', '3581 A', '3581 SS', 'abcd ef']) expect(codeOf(f.postcode(), bad)).toBe('validation.postcode');
  });

  it('checkbox: what a ticked box sends is yes, absence is no, nonsense is refused', () => {
    for (const yes of ['on', 'ja', 'true', '1', true]) expect(ok(f.checkbox, yes)).toBe(true);
    for (const no of [undefined, '', 'off', 'nee', 'false', '0']) expect(ok(f.checkbox, no)).toBe(false);
    expect(codeOf(f.checkbox, 'misschien')).toBe('validation.invalid');
  });

  it('date and time: real calendar dates and clock times only', () => {
    expect(ok(f.date(), '2026-02-28')).toBe('2026-02-28');
    for (const bad of ['2026-02-30', '28-02-2026', '2026-13-01', '']) expect(codeOf(f.date(), bad)).toMatch(/validation\.(date|required)/);
    expect(ok(f.optionalDate(), '')).toBeNull();
    expect(ok(f.time(), '09:30')).toBe('09:30');
    for (const bad of ['24:00', '9:3', '12:60']) expect(codeOf(f.time(), bad)).toBe('validation.time');
  });

  it('money: euros as people type them, in cents', () => {
    expect(ok(f.money(), '12,50')).toBe(1250);
    expect(ok(f.money(), '€ 3')).toBe(300);
    expect(ok(f.money(), '1.250,00')).toBe(125000);
    expect(ok(f.money(), '7.5')).toBe(750);
    for (const bad of ['twaalf', '1,2,3', '-5']) expect(codeOf(f.money(), bad)).toBe('validation.money');
  });

  it('hours: quarters of an hour, in minutes, up to a maximum', () => {
    expect(ok(f.hours(8), '1,5')).toBe(90);
    expect(ok(f.hours(8), '0.25')).toBe(15);
    expect(codeOf(f.hours(8), '1,1')).toBe('validation.hours');
    expect(codeOf(f.hours(8), '9')).toBe('validation.hoursMax');
  });

  it('lists: nothing, one or several values', () => {
    const days = f.list(f.choice(['ma', 'di'] as const));
    expect(ok(days, undefined)).toEqual([]);
    expect(ok(days, 'ma')).toEqual(['ma']);
    expect(ok(days, ['ma', 'di'])).toEqual(['ma', 'di']);
    expect(codeOf(days, ['zo'])).toBe('validation.choice');
  });

  it('ids: what a choice offered, never a control character', () => {
    expect(ok(f.id, ' 01J9ZK ')).toBe('01J9ZK');
    expect(codeOf(f.id, '')).toBe('validation.choice');
    expect(codeOf(f.id, 'a\u0000b')).toBe('validation.choice');
    expect(ok(f.optionalId, '')).toBeNull();
    expect(codeOf(f.optionalId, 'a\u0000')).toBe('validation.choice');
  });

  it('tells the view the limit the schema checks', () => {
    const form = z.object({ name: f.text(100), note: f.optionalText(2000, { multiline: true }), mail: f.optionalEmail() });
    expect(f.maxLengthOf(form, 'name')).toBe(100);
    expect(f.maxLengthOf(form, 'note')).toBe(2000);
    expect(f.maxLengthOf(form, 'mail')).toBe(254);
    expect(f.maxLengthOf(form, 'unknown')).toBeUndefined();
  });
});
