import { createTranslator, mergeCatalogs, type Lang, type Translate } from '../../platform/i18n/i18n.ts';
import { platformMessages } from '../../platform/i18n/messages.ts';
import en from './messages.en.json' with { type: 'json' };
import caseEn from './case-meetings/messages.en.json' with { type: 'json' };
import caseNl from './case-meetings/messages.nl.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };

export const questionsMessages = { nl: { ...nl, ...caseNl }, en: { ...en, ...caseEn } };

const catalogs = mergeCatalogs([platformMessages, questionsMessages]);
const translators: Record<Lang, Translate> = { nl: createTranslator(catalogs, 'nl'), en: createTranslator(catalogs, 'en') };

/** Mails go out in the language of the person they are for, not of whoever caused them. */
export function translatorFor(lang: Lang): Translate {
  return translators[lang];
}
