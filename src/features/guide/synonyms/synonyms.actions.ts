import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import type { Term } from '../model/taxonomy.ts';
import { forgetSynonyms, replaceThemeWords, wordsOfTheme } from './synonyms.repository.ts';
import { MAX_WORDS, parseWordList } from './synonyms.rules.ts';
import type { SynonymsForm } from './synonyms.schema.ts';

/**
 * A coordinator sets the everyday words of one theme; audited with the list before and
 * after, so it is clear who taught the search which word.
 */
export async function setThemeWords(ctx: ActionContext, district: District, theme: Term, input: SynonymsForm): Promise<Outcome> {
  const parsed = parseWordList(input.woorden ?? '');
  if (!parsed.ok) return refusal(parsed.problem, { field: 'woorden', params: { word: parsed.word ?? '', max: MAX_WORDS } });
  const outcome = await runAction(ctx, async (trx) => {
    const before = await wordsOfTheme(trx, theme.id);
    await replaceThemeWords(trx, theme.id, parsed.words);
    await audit(trx, ctx, {
      action: 'guide.theme_words_set',
      subjectType: 'taxonomy_term',
      subjectId: theme.id,
      districtId: district.id,
      details: { theme: theme.code, before: before.join(', '), after: parsed.words.join(', ') },
    });
    return success();
  });
  // This instance sees the change at once; the others within a second (the data version moved).
  if (outcome.ok) forgetSynonyms(ctx.deps.database.db);
  return outcome;
}
