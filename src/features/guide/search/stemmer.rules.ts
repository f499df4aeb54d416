/**
 * The Snowball Dutch stemmer, as PostgreSQL's `dutch_stem` dictionary applies it, so both
 * engines find the same: "fietsen" → "fiets", a prefix of "fietsreparatie".
 */
import { keptPerKey } from '../../../platform/cache/last-used.ts';

const vowels = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'è']);
const isVowel = (c: string | undefined) => c !== undefined && vowels.has(c);
const isConsonant = (c: string | undefined) => c !== undefined && !vowels.has(c);

/** Snowball's prelude: i between vowels and y after a vowel (or first) count as consonants. */
function prelude(word: string): string[] {
  const w = Array.from(word);
  if (w[0] === 'y') w[0] = 'Y';
  for (let i = 1; i < w.length; i++) {
    if (!isVowel(w[i - 1])) continue;
    if (w[i] === 'i' && isVowel(w[i + 1])) {
      w[i] = 'I';
      i++;
    } else if (w[i] === 'y') w[i] = 'Y';
  }
  return w;
}

/** R1 and R2: after the first consonant that follows a vowel (R1 leaves at least 3 letters before it). */
function regions(w: string[]): [number, number] {
  const after = (from: number): number => {
    let i = from;
    while (i < w.length && !isVowel(w[i])) i++;
    while (i < w.length && isVowel(w[i])) i++;
    return i < w.length ? i + 1 : w.length;
  };
  const p1 = after(0);
  const p2 = p1 < w.length ? after(p1) : w.length;
  return [p1 < 3 && p1 < w.length ? 3 : p1, p2];
}

class Word {
  eFound = false;
  constructor(
    public s: string,
    readonly p1: number,
    readonly p2: number,
  ) {}
  ends(suffix: string): boolean {
    return this.s.endsWith(suffix);
  }
  /** Where a suffix of this length starts. */
  at(length: number): number {
    return this.s.length - length;
  }
  before(length: number): string | undefined {
    return this.s[this.s.length - length - 1];
  }
  cut(length: number): void {
    this.s = this.s.slice(0, this.s.length - length);
  }
  undouble(): void {
    if (/(kk|dd|tt)$/.test(this.s)) this.cut(1);
  }
  /** "en" or "ene" after a consonant (not after "gem") in R1 goes. */
  enEnding(length = 2): void {
    if (this.at(length) >= this.p1 && isConsonant(this.before(length)) && !this.s.slice(0, -length).endsWith('gem')) {
      this.cut(length);
      this.undouble();
    }
  }
  /** "s" or "se" after a consonant other than j in R1 goes. */
  sEnding(length: number): void {
    const prev = this.before(length);
    if (this.at(length) >= this.p1 && isConsonant(prev) && prev !== 'j') this.cut(length);
  }
  eEnding(): void {
    this.eFound = false;
    if (this.ends('e') && this.at(1) >= this.p1 && isConsonant(this.before(1))) {
      this.cut(1);
      this.eFound = true;
      this.undouble();
    }
  }
}

function step1(w: Word): void {
  if (w.ends('heden')) {
    if (w.at(5) >= w.p1) w.s = `${w.s.slice(0, -5)}heid`;
  } else if (w.ends('ene')) w.enEnding(3);
  else if (w.ends('en')) w.enEnding(2);
  else if (w.ends('se')) w.sEnding(2);
  else if (w.ends('s')) w.sEnding(1);
}

function step3a(w: Word): void {
  if (w.ends('heid') && w.at(4) >= w.p2 && w.before(4) !== 'c') {
    w.cut(4);
    if (w.ends('en')) w.enEnding();
  }
}

/** "end" and "ing" go, and an "ig" before them too unless after an "e". */
function endOrIng(w: Word): void {
  w.cut(3);
  if (w.ends('ig') && w.at(2) >= w.p2 && w.before(2) !== 'e') w.cut(2);
  else w.undouble();
}

function step3b(w: Word): void {
  const suffix = ['lijk', 'baar', 'end', 'ing', 'bar', 'ig'].find((s) => w.ends(s));
  if (suffix === undefined || w.at(suffix.length) < w.p2) return;
  if (suffix === 'end' || suffix === 'ing') endOrIng(w);
  else if (suffix === 'ig') {
    if (w.before(2) !== 'e') w.cut(2);
  } else if (suffix === 'lijk') {
    w.cut(4);
    w.eEnding();
  } else if (suffix === 'baar' || w.eFound) w.cut(suffix.length);
}

/** "maan" → "man": a double vowel before a final consonant becomes single. */
function undoubleVowel(w: Word): void {
  const s = w.s;
  const last = s[s.length - 1];
  if (last === undefined || isVowel(last) || last === 'I') return;
  if (/(aa|ee|oo|uu)$/.test(s.slice(0, -1)) && isConsonant(s[s.length - 4])) w.s = s.slice(0, -2) + last;
}

/** The Snowball Dutch stemmer, as PostgreSQL's `dutch_stem` dictionary applies it. */
export function stemDutch(word: string): string {
  if (/[0-9]/.test(word)) return word;
  const chars = prelude(word);
  const [p1, p2] = regions(chars);
  const w = new Word(chars.join(''), p1, p2);
  step1(w);
  w.eEnding();
  step3a(w);
  step3b(w);
  undoubleVowel(w);
  return w.s.replace(/I/g, 'i').replace(/Y/g, 'y');
}

/** The endings the stemmer takes off (steps 1 to 3b), which a word typed in part may have begun. */
const ENDINGS = ['heden', 'ene', 'en', 'se', 'heid', 'end', 'ing', 'ig', 'lijk', 'baar', 'bar'];

/**
 * The stems that a word typed only in part may be the start of. Its own stem is not enough
 * when the stemmer changes the end of what was typed: "spreek" stems to "sprek", which does
 * not start "spreekur" (the stem of "spreekuur"). So also: the letters as typed; without the
 * doubled vowel or consonant the stemmer takes away in the whole word ("telefoo": "telefo",
 * the start of "telefon"; "gesprekk": "gesprek"); and the stem of the word finished with an
 * ending it began ("gezondh": "gezondheid", whose stem is "gezond"). Only those that no
 * other one starts: the shorter finds all the longer would.
 */
function stemsOfPart(word: string): readonly string[] {
  const forms = [
    stemDutch(word),
    word,
    word.replace(/(aa|ee|oo|uu)([^aeiouy]?)$/, (_m, vowel: string, rest: string) => vowel.slice(1) + rest),
    word.replace(/(kk|dd|tt)$/, (double: string) => double.slice(1)),
    ...ENDINGS.flatMap((ending) =>
      Array.from({ length: ending.length - 1 }, (_, i) => ending.slice(0, i + 1))
        .filter((begun) => word.endsWith(begun))
        .map((begun) => stemDutch(word + ending.slice(begun.length))),
    ),
  ].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const kept: string[] = [];
  for (const form of forms) if (form !== '' && !kept.some((k) => form.startsWith(k))) kept.push(form);
  return kept;
}

// A search asks for a word's stems in its count and in each tier, five times or more, and
// each time the stemmer runs once or more: worked out once per word, for the words used last.
/** `stemsOfPart`, kept per word. Shared: do not change the list. */
export const prefixStems = keptPerKey(2000, stemsOfPart);
