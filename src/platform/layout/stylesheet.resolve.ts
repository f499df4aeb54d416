import postcss, { type Declaration, type Root } from 'postcss';

/**
 * Design tokens resolved at build time (issue 16, ADR 0003 addendum). A custom property that
 * only a top-level `:root` rule declares can never change below the root, so every
 * `var(--token, …)` of it is replaced by its value; a property declared nowhere gives way to
 * its fallback. A property that any other rule sets (a component modifier, a media query, our
 * own CSS) stays a `var()`. Declarations nothing reads any more are dropped afterwards.
 */

interface VarCall {
  start: number;
  end: number;
  name: string;
  fallback: string | undefined;
}

/** Where the next quoted string ends when `value[at]` opens one, else `at` itself. */
function skipString(value: string, at: number): number {
  const quote = value[at];
  if (quote !== '"' && quote !== "'") return value[at] === '\\' ? at + 1 : at;
  let i = at + 1;
  while (i < value.length && value[i] !== quote) i += value[i] === '\\' ? 2 : 1;
  return i;
}

/** The first index from `from` where `stop` holds outside strings and nested parentheses, or -1. */
function scan(value: string, from: number, stop: (ch: string) => boolean): number {
  let depth = 0;
  for (let i = from; i < value.length; i = skipString(value, i) + 1) {
    const ch = value[i] ?? '';
    if (depth === 0 && stop(ch)) return i;
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
  }
  return -1;
}

/** The `var()` calls of a value that are not inside another `var()` or a string, with their spans. */
export function varCalls(value: string): VarCall[] {
  const calls: VarCall[] = [];
  for (let i = 0; i < value.length; i = skipString(value, i) + 1) {
    if (!/^var\(/i.test(value.slice(i, i + 4)) || /[\w-]/.test(value[i - 1] ?? '')) continue;
    const open = i + 4;
    const close = scan(value, open, (ch) => ch === ')');
    if (close < 0) break;
    const inner = value.slice(open, close);
    const comma = scan(inner, 0, (ch) => ch === ',');
    calls.push({
      start: i,
      end: close + 1,
      name: (comma < 0 ? inner : inner.slice(0, comma)).trim(),
      fallback: comma < 0 ? undefined : inner.slice(comma + 1).trim(),
    });
    i = close;
  }
  return calls;
}

/** A value put in place of a `var()` stays the same tokens only when a separator surrounds it. */
const before = /[\s(,/*]/;
const after = /[\s),/*]/;
const separated = (value: string, call: VarCall) =>
  (call.start === 0 || before.test(value[call.start - 1] ?? '')) && (call.end === value.length || after.test(value[call.end] ?? ''));

/** A reference left as `var()` (a symbol: a token's value may be any word). */
const KEEP = Symbol('keep');

/** What a reference becomes: a text, invalid (nothing and no fallback), or kept as `var()`. */
type Substitution = string | null | typeof KEEP;

/** Replaces the `var()` calls of a value; null when the value is invalid at computed-value time. */
function substitute(value: string, lookup: (call: VarCall) => Substitution, keep: (call: VarCall) => string): string | null {
  let out = '';
  let last = 0;
  for (const call of varCalls(value)) {
    const replaced = separated(value, call) ? lookup(call) : KEEP;
    if (replaced === null) return null;
    out += value.slice(last, call.start) + (replaced === KEEP ? keep(call) : replaced);
    last = call.end;
  }
  return out + value.slice(last);
}

const isTopLevelRoot = (decl: Declaration) =>
  decl.parent?.type === 'rule' && decl.parent.selector.trim() === ':root' && decl.parent.parent?.type === 'root';

/** Resolves the constant custom properties of a stylesheet (see above). */
export function resolveCustomProperties(css: string): string {
  const ast = postcss.parse(css);
  const rootValues = new Map<string, string>();
  const elsewhere = new Set<string>();
  ast.walkDecls(/^--/, (decl) => {
    if (isTopLevelRoot(decl) && !decl.important) rootValues.set(decl.prop, decl.value);
    else elsewhere.add(decl.prop);
  });
  const constant = (name: string) => rootValues.has(name) && !elsewhere.has(name);

  // A token's value as the root computes it: KEEP when it depends on something that can change.
  const resolved = new Map<string, Substitution>();
  const resolving = new Set<string>();
  const resolveToken = (name: string): Substitution => {
    const known = resolved.get(name);
    if (known !== undefined) return known;
    if (resolving.has(name)) return KEEP; // a cycle: left to the browser
    resolving.add(name);
    const seen = { dynamic: false };
    const keep = () => {
      seen.dynamic = true;
      return '';
    };
    const lookup = (call: VarCall): Substitution => {
      const value = constant(call.name) ? resolveToken(call.name) : elsewhere.has(call.name) ? KEEP : null;
      if (value !== null) return value;
      return call.fallback === undefined ? null : substitute(call.fallback, lookup, keep);
    };
    const value = substitute(rootValues.get(name) ?? '', lookup, keep);
    resolving.delete(name);
    const result = seen.dynamic ? KEEP : value;
    resolved.set(name, result);
    return result;
  };

  // In any other declaration: constants inlined, undeclared ones replaced by their fallback.
  const inElement = (value: string): string | null => {
    const keep = (call: VarCall) => {
      const fallback = call.fallback === undefined ? null : inElement(call.fallback);
      return `var(${call.name}${call.fallback === undefined ? '' : `,${fallback ?? call.fallback}`})`;
    };
    const lookup = (call: VarCall): Substitution => {
      const value = constant(call.name) ? resolveToken(call.name) : elsewhere.has(call.name) ? KEEP : null;
      if (value !== null) return value;
      return call.fallback === undefined ? null : inElement(call.fallback);
    };
    return substitute(value, lookup, keep);
  };

  ast.walkDecls((decl) => {
    if (constant(decl.prop) || !/var\(/i.test(decl.value)) return;
    const value = inElement(decl.value);
    // Invalid at computed-value time (nothing, or an empty value): a property behaves as `unset`;
    // a custom property is left as it was (an empty one is not valid everywhere).
    const missing = value === null || value.trim() === '';
    if (!missing) decl.value = value;
    else if (!decl.prop.startsWith('--')) decl.value = 'unset';
  });
  dropUnread(ast);
  return ast.toString();
}

/** Drops the custom property declarations no property reads, directly or through other custom properties. */
function dropUnread(ast: Root): void {
  const valuesOf = new Map<string, string[]>();
  const read: string[] = [];
  ast.walkDecls((decl) => {
    if (decl.prop.startsWith('--')) valuesOf.set(decl.prop, [...(valuesOf.get(decl.prop) ?? []), decl.value]);
    else read.push(decl.value);
  });
  const needed = new Set<string>();
  const queue = read.flatMap(namesIn);
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (needed.has(name)) continue;
    needed.add(name);
    for (const value of valuesOf.get(name) ?? []) queue.push(...namesIn(value));
  }
  ast.walkDecls(/^--/, (decl) => {
    if (!needed.has(decl.prop)) decl.remove();
  });
  for (let emptied = true; emptied;) {
    emptied = false;
    ast.walk((node) => {
      if ((node.type === 'rule' || node.type === 'atrule') && node.nodes?.length === 0) {
        node.remove();
        emptied = true;
      }
    });
  }
}

/** Every custom property a value names, also inside fallbacks. */
function namesIn(value: string): string[] {
  return varCalls(value).flatMap((call) => [call.name, ...(call.fallback === undefined ? [] : namesIn(call.fallback))]);
}
