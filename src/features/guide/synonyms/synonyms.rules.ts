/**
 * Everyday words per theme (issue 10.4): "klusje" finds what the guide files under
 * "Praktische hulp in en om het huis". Pure: the lists come from the repository, the
 * search repository gets the words that may also match by theme.
 */
import { normalizeText, queryWords } from '../search/search.rules.ts';
import { stemDutch } from '../search/stemmer.rules.ts';
import { keptPerKey } from '../../../platform/cache/last-used.ts';

export interface ThemeWords {
  termId: string;
  words: readonly string[];
}

/** Word stem → the themes whose list holds a word with that stem. */
export type SynonymIndex = ReadonlyMap<string, readonly string[]>;

export function synonymIndex(lists: readonly ThemeWords[]): SynonymIndex {
  const index = new Map<string, string[]>();
  for (const { termId, words } of lists)
    for (const word of words) {
      const stem = stemDutch(word);
      const themes = index.get(stem) ?? [];
      if (!themes.includes(termId)) themes.push(termId);
      index.set(stem, themes);
    }
  return index;
}

/** A word of the query that is also looked for as one or more themes. */
interface Expansion {
  word: string;
  termIds: string[];
}

/** Shorter stems must match whole: "eten" should not take "etiket" along. */
const PREFIX_FROM = 4;
/** An ending, not a compound: "klusjes" is "klusje", "klussendienst" is a word of its own. */
const ENDING = 3;

/**
 * Whether a query word's stem is a listed word's stem, or one of them is the other with an
 * ending ("klusjes" typed, "klusje" listed; "boodschap" typed, "boodschappen" listed).
 */
function grows(stem: string, listed: string): boolean {
  if (stem === listed) return true;
  const [short, long] = stem.length < listed.length ? [stem, listed] : [listed, stem];
  return short.length >= PREFIX_FROM && long.length - short.length <= ENDING && long.startsWith(short);
}

/** The themes whose list holds a word with the stem of `word`, or one it grows from or into. */
function themesFound(word: string, index: SynonymIndex): string[] {
  const stem = stemDutch(word);
  const found = new Set<string>();
  for (const [listed, themes] of index) if (grows(stem, listed)) for (const t of themes) found.add(t);
  return [...found];
}

// Every search compares each of its words with every listed word: the themes are kept per
// index (a changed list is a new index) and word, for the words used last.
const known = new WeakMap<SynonymIndex, (word: string) => string[]>();

function themesOf(word: string, index: SynonymIndex): string[] {
  let of = known.get(index);
  if (of === undefined) known.set(index, (of = keptPerKey(2000, (w: string) => themesFound(w, index))));
  return of(word);
}

/** The query words that are everyday words of a theme (each word as the search keeps it). */
export function expansionsOf(words: readonly string[], index: SynonymIndex): Expansion[] {
  return words.flatMap((word) => {
    const termIds = themesOf(word, index);
    return termIds.length === 0 ? [] : [{ word, termIds: [...termIds] }];
  });
}

/** At most this many words per theme: a list is a help for residents, not a thesaurus. */
export const MAX_WORDS = 60;
const MAX_WORD_LENGTH = 40;

type WordListProblem = 'guide.synonyms.notOneWord' | 'guide.synonyms.tooMany' | 'guide.synonyms.tooLong';

/**
 * A coordinator's list as typed (one word a line, or separated by commas) as the words it
 * keeps: normalised, without doubles and without words search leaves out anyway.
 */
export function parseWordList(text: string): { ok: true; words: string[] } | { ok: false; problem: WordListProblem; word?: string } {
  const words: string[] = [];
  for (const raw of text.split(/[\n,;]+/)) {
    const word = normalizeText(raw);
    if (word === '') continue;
    if (word.includes(' ')) return { ok: false, problem: 'guide.synonyms.notOneWord', word: raw.trim() };
    if (word.length > MAX_WORD_LENGTH) return { ok: false, problem: 'guide.synonyms.tooLong', word: raw.trim() };
    // A stop word ("de", "hulp" is none) never reaches the search, so it cannot lead anywhere.
    if (queryWords(word).length === 0) continue;
    if (!words.includes(word)) words.push(word);
  }
  if (words.length > MAX_WORDS) return { ok: false, problem: 'guide.synonyms.tooMany' };
  return { ok: true, words };
}
