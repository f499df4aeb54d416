/**
 * The common language of seed 000 annex II (key terms, core questions) and the trade words
 * staff pages use, each explained in the catalogs: `term.{id}` its name, `term.{id}.short`
 * one plain sentence (hover text of `<Term>`), `term.{id}.text` the explanation. Annex II's
 * definitions are quoted from the seed; the trade words say what the portal means by them.
 */
export const keyTerms = [
  'eigen-regie',
  'gemeenschapskracht',
  'gezondheid',
  'preventie',
  'goed-gesprek',
  'informeren',
  'coordineren',
  'regie',
  'waardering',
  'op-en-afschalen',
] as const;

/** Words of the trade on staff pages (issue 10 item 11); acronyms are marked up as `<abbr>`. */
export const tradeWords = [
  { id: 'kernvragen', abbr: false },
  { id: 'dock', abbr: true },
  { id: 'nizu', abbr: true },
  { id: 'hsds', abbr: true },
  { id: 'netwerkcheck', abbr: false },
  { id: 'nulmeting', abbr: false },
  { id: 'triage', abbr: false },
  { id: 'mdo', abbr: true },
  { id: 'vog', abbr: true },
  { id: 'wijkpact', abbr: false },
  { id: 'regiegroep', abbr: false },
  { id: 'buurtassistent', abbr: false },
  { id: 'wijkpactcoordinator', abbr: false },
  { id: 'kwartiermaker', abbr: false },
  { id: 'coordinerend-vrijwilliger', abbr: false },
  { id: 'alv', abbr: true },
  { id: 'kascommissie', abbr: false },
] as const;
