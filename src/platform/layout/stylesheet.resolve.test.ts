import { describe, expect, it } from 'vitest';
import { resolveCustomProperties as resolve, varCalls } from './stylesheet.resolve.ts';

describe('varCalls', () => {
  it('finds the outer var() calls with their name and fallback, skipping strings', () => {
    const value = 'calc(var( --a , var(--b, 1px) )*2) var(--c) "var(--d)" somevar(--e)';
    expect(varCalls(value).map(({ name, fallback }) => [name, fallback])).toEqual([
      ['--a', 'var(--b, 1px)'],
      ['--c', undefined],
    ]);
  });

  it('keeps an empty fallback apart from none, and a comma inside the fallback', () => {
    expect(varCalls('var(--a,)')[0]?.fallback).toBe('');
    expect(varCalls('var(--f, "x,)", serif)')[0]?.fallback).toBe('"x,)", serif');
  });
});

describe('resolveCustomProperties', () => {
  it('inlines a token only :root declares, following tokens that refer to tokens, and drops it', () => {
    expect(resolve(':root{--a:var(--b);--b:#c00;--unused:1px}.x{color:var(--a)}')).toBe('.x{color:#c00}');
  });

  it('replaces a property declared nowhere by its fallback, resolved in turn', () => {
    expect(resolve(':root{--a:red}.x{color:var(--nope,var(--also-nope,var(--a)))}')).toBe('.x{color:red}');
    expect(resolve(':root{--a:var(--nope,2px)}.x{margin:var(--a)}')).toBe('.x{margin:2px}');
    expect(resolve('.x{font-family:var(--f,)}')).toBe('.x{font-family:unset}');
  });

  it('makes a property that reads a missing value unset, as the browser does, but leaves a custom property as it was', () => {
    expect(resolve(':root{--a:var(--nope)}.x{color:var(--a);border:var(--w) solid}')).toBe('.x{color:unset;border:unset}');
    expect(resolve('.y{--_c:var(--nope)}.x{color:var(--_c,blue)}')).toBe('.y{--_c:var(--nope)}.x{color:var(--_c,blue)}');
  });

  it('keeps a var() of a property another rule sets, resolving its fallback', () => {
    const css = ':root{--a:red;--b:blue}.footer{--a:currentColor}.x{color:var(--a,var(--b))}';
    expect(resolve(css)).toBe(':root{--a:red}.footer{--a:currentColor}.x{color:var(--a,blue)}');
  });

  it('keeps tokens a media query or an !important changes', () => {
    const css = ':root{--a:red}@media (forced-colors:active){:root{--a:CanvasText}}.x{color:var(--a)}';
    expect(resolve(css)).toBe(css);
    const important = ':root{--a:red!important}.x{color:var(--a)}';
    expect(resolve(important)).toBe(important);
  });

  it('keeps a token whose value reads a property that can change', () => {
    const css = ':root{--a:var(--b);--b:red}.y{--b:blue}.x{color:var(--a)}';
    expect(resolve(css)).toBe(css);
  });

  it('inlines into custom properties that components set, and into values with strings and calc()', () => {
    const css = ':root{--q:"a)b";--n:3px;--c:green}.m{--_bg:var(--c)}.x{content:var(--q);width:calc(var(--n)*2);background:var(--_bg)}';
    expect(resolve(css)).toBe('.m{--_bg:green}.x{content:"a)b";width:calc(3px*2);background:var(--_bg)}');
  });

  it('leaves a var() whose value would run into the text beside it', () => {
    const css = ':root{--n:3}.x{width:var(--n)px}';
    expect(resolve(css)).toBe(css);
  });

  it('drops custom properties nothing reads and the rules left empty', () => {
    expect(resolve('.x{--_unused:1px;color:red}@media print{.y{--_z:1px}}')).toBe('.x{color:red}');
  });

  it('takes any word as a value', () => {
    expect(resolve(':root{--k:keep;--n:null}.x{font-family:var(--k),var(--n)}')).toBe('.x{font-family:keep,null}');
  });

  it('leaves a cycle to the browser', () => {
    const css = ':root{--a:var(--b);--b:var(--a)}.x{color:var(--a,red)}';
    expect(resolve(css)).toBe(css);
  });
});
