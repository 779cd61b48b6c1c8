/**
 * British and American spellings of the same word fold to one form, so a
 * search for "behavior" finds "behaviour" and "organization" finds
 * "organisation". Each rule works on a single lower-case word, is applied to
 * the manual and to queries alike, and is idempotent (folding twice changes
 * nothing). The folded form need not be a real word; where the two
 * spellings share a beginning, the fold keeps the British one so a partly
 * typed British word still matches.
 */
const RULES: [RegExp, string][] = [
  // organize, analyzing → organise, analysing
  [/(?<=[a-z]{3})([iy])z(?=[aeiou]|$)/, '$1s'],
  // behavior, colors, favorite → behaviour, colours, favourite
  [/^(behavi|col|fav|hon|lab|neighb|hum|rum|harb|vap|arm|endeav|savi|flav|cand|clam|vig|od|val|parl|tum)or(?!ou)/, '$1our'],
  // center, centers, centered, centering → centre, centres, centred, centring
  [/^(cent|met|theat|lit|fib|somb|calib|lust|spect|meag)er(s?)$/, '$1re$2'],
  [/^(cent|met|theat|lit|fib|somb|calib|lust|spect|meag)er(ed|ing)$/, '$1r$2'],
  // counseling, traveled, counselor → counselling, travelled, counsellor
  [/^(counse|trave|mode|labe|cance|signa|leve|channe|fue|quarre|marve)l(ing|ed|er|ers|or|ors)$/, '$1ll$2'],
  // catalog, dialogs → catalogue, dialogues
  [/^(catal|dial|anal|monol|prol|epil)og(s?)$/, '$1ogue$2'],
  // paediatric, haemorrhage, anaemia, gynaecology → pediatric, hemorrhage, anemia, gynecology
  [/^(p|h|an|gyn|leuk|orthop|encyclop)ae/, '$1e'],
  [/^(f|)oe(t|str|soph)/, '$1e$2'],
  [/rrhoea/, 'rrhea'],
  [/^manoeuv/, 'maneuv'],
  // defence, offences, licence → defense, offenses, license
  [/^(def|off|lic|pret)enc/, '$1ens'],
  // practise, practised → practice, practiced
  [/^practis/, 'practic'],
  // judgment → judgement; programme → program
  [/^judgment/, 'judgement'],
  [/^programme(s?)$/, 'program$1'],
  // enrollment, fulfillment, skillful, willful → enrolment, fulfilment, skilful, wilful
  [/^(enro|fulfi|ski|wi)ll(ment|ments|ful|fully)$/, '$1l$2'],
  [/^ageing$/, 'aging'],
  [/^gray(s?)$/, 'grey$1'],
  [/^mom(s?)$/, 'mum$1'],
];

// Every word of the manual passes through here when the index is built, but
// a manual has only some thousands of distinct words: remember their folds.
// Cleared when full, so a long-running dev server cannot grow it for ever.
const folds = new Map<string, string>();
const MAX_FOLDS = 100_000;

/** One lower-case word in its folded spelling. */
export function foldSpelling(word: string): string {
  let folded = folds.get(word);
  if (folded !== undefined) return folded;
  folded = word;
  for (const [pattern, replacement] of RULES) folded = folded.replace(pattern, replacement);
  if (folds.size >= MAX_FOLDS) folds.clear();
  folds.set(word, folded);
  return folded;
}
