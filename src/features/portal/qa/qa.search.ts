import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { SearchExtra, SearchQuery } from '../../../platform/feature.ts';
import { searchQa } from './qa.repository.ts';
import { searchWordsOf } from './qa.rules.ts';
import { qaPath } from './qa.views.tsx';

const SUMMARY = 160;

/** The guide's search box also finds questions and answers (the feature's `search` hook). */
export async function searchQaExtras(db: DbOrTx, query: SearchQuery): Promise<SearchExtra[]> {
  const words = searchWordsOf(query.text);
  if (words.length === 0) return [];
  const { district } = query;
  const items = await searchQa(db, district.id, words, query.limit);
  return items.map((q) => ({
    kind: 'portal.qa.kind',
    title: q.question,
    summary: q.answer.length > SUMMARY ? `${q.answer.slice(0, SUMMARY - 1).trimEnd()}…` : q.answer,
    href: qaPath(district, `#qa-${q.id}`),
  }));
}
