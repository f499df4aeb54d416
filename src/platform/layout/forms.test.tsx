import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/i18n.ts';
import { platformMessages } from '../i18n/messages.ts';
import { CheckboxField, ChoiceGroup, ErrorSummary, SelectField, TextAreaField, TextField } from './forms.tsx';

const t = createTranslator(platformMessages, 'nl');
const form = { values: { what: '<script>alert(1)</script>', agree: 'on', kind: 'b' }, errors: { what: { code: 'validation.required' } } };

describe('the shared form pattern', () => {
  it('ties an error to its field with aria-invalid and aria-describedby', () => {
    const html = TextField({ t, form, name: 'what', label: 'Wat' }) as string;
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="field-what-error"');
    expect(html).toContain('id="field-what-error"');
    expect(html).toContain('Vul dit in.');
  });

  it('escapes what people typed', () => {
    const html = TextAreaField({ t, form, name: 'what', label: 'Wat', description: 'Uitleg' }) as string;
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('aria-describedby="field-what-description field-what-error"');
  });

  it('keeps choices and checkboxes as they were sent', () => {
    expect(CheckboxField({ t, form, name: 'agree', label: 'Akkoord' }) as string).toContain('checked');
    const select = SelectField({
      t,
      form,
      name: 'kind',
      label: 'Soort',
      options: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ],
    }) as string;
    expect(select).toContain('<option value="b" selected>');
  });

  it('marks optional fields and leaves required ones plain', () => {
    expect(TextField({ t, form, name: 'x', label: 'X', required: false }) as string).toContain('(niet verplicht)');
  });

  it('lists every problem in a summary that links to its field', () => {
    const html = ErrorSummary({ t, form, labels: { what: 'Wat' } }) as string;
    expect(html).toContain('Er is 1 probleem. Kijk het na.');
    expect(html).toContain('href="#field-what"');
    expect(ErrorSummary({ t, form: { values: {}, errors: {} }, labels: {} })).toBe('');
  });

  it('puts a group of choices under one legend, its error linked and what was sent kept', () => {
    const options = [
      { value: 'a', label: 'A', hint: 'Meer over A' },
      { value: 'b', label: 'B' },
    ];
    const sent = { values: { kind: 'b' }, errors: { kind: { code: 'validation.required' } } };
    const html = ChoiceGroup({ t, form: sent, name: 'kind', legend: 'Soort', type: 'radio', options, checked: ['a'] }) as string;
    expect(html).toMatch(/<fieldset[^>]*aria-describedby="field-kind-error"/);
    expect(html).toContain('<legend');
    expect(html).toContain('id="field-kind"');
    expect(html).toContain('aria-describedby="field-kind-hint"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toMatch(/value="b"[^>]*checked/);
    expect(html).not.toMatch(/value="a"[^>]*checked/);
    const stored = ChoiceGroup({
      t,
      form: { values: {}, errors: {} },
      name: 'kind',
      legend: 'Soort',
      type: 'checkbox',
      options,
      checked: ['a'],
    });
    expect(stored as string).toMatch(/type="checkbox"[^>]*value="a"[^>]*checked/);
  });
});
