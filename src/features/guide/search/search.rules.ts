/**
 * Search normalisation for the guide, the same for SQLite and PostgreSQL: lower case,
 * without diacritics ("café" → "cafe"), the Dutch stop words of PostgreSQL's `dutch`
 * configuration left out, and words stemmed with the Snowball Dutch stemmer that
 * PostgreSQL's configuration uses, so "fietsen" → "fiets", which is a prefix of
 * "fietsreparatie". A query matches an entry when every query stem is the start of a
 * stem of the entry.
 */

import { stemDutch } from './stemmer.rules.ts';

/** The stop words of PostgreSQL's `dutch` configuration (Snowball, BSD licence). */
const stopWords = new Set(
  (
    'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat mijn men dit zo ' +
    'door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat ' +
    'iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt ' +
    'wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere'
  ).split(' '),
);

/** Lower case, no diacritics, only letters and digits separated by single spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words that count for search: normalised, without stop words. */
function searchWords(text: string): string[] {
  const words = normalizeText(text).split(' ');
  return words.filter((w) => w !== '' && !stopWords.has(w));
}

/** What the SQLite index stores: every search word as its stem. */
export function stemsOf(text: string): string {
  return searchWords(text).map(stemDutch).join(' ');
}

/** At most this many words of a query count; the rest would only slow the search down. */
const MAX_QUERY_WORDS = 8;

/** A query as the words it searches for (diacritics and stop words gone), for both engines. */
export function queryWords(query: string): string[] {
  return [...new Set(searchWords(query))].slice(0, MAX_QUERY_WORDS);
}

/**
 * A query that finds nothing because one of its words is not in any entry ("ik voel me
 * eenzaam", "kraan lekt"): each of its words to search for alone. One word: nothing to try.
 */
export function singleWords(query: string): string[] {
  const words = queryWords(query);
  return words.length > 1 ? words : [];
}
