import {describe, expect, it} from 'vitest';
import {foldSpelling} from './spelling';

const PAIRS = [
  ['behaviour', 'behavior'],
  ['behavioural', 'behavioral'],
  ['organisation', 'organization'],
  ['organisations', 'organizations'],
  ['recognise', 'recognize'],
  ['recognised', 'recognized'],
  ['minimising', 'minimizing'],
  ['analyse', 'analyze'],
  ['centre', 'center'],
  ['centres', 'centers'],
  ['centred', 'centered'],
  ['colour', 'color'],
  ['favourite', 'favorite'],
  ['neighbour', 'neighbor'],
  ['counselling', 'counseling'],
  ['counsellor', 'counselor'],
  ['paediatric', 'pediatric'],
  ['haemorrhage', 'hemorrhage'],
  ['anaemia', 'anemia'],
  ['foetal', 'fetal'],
  ['oestrogen', 'estrogen'],
  ['diarrhoea', 'diarrhea'],
  ['defence', 'defense'],
  ['offences', 'offenses'],
  ['licence', 'license'],
  ['practise', 'practice'],
  ['judgement', 'judgment'],
  ['programme', 'program'],
  ['catalogue', 'catalog'],
  ['enrolment', 'enrollment'],
  ['ageing', 'aging'],
  ['grey', 'gray'],
  ['mum', 'mom'],
] as const;

describe('foldSpelling', () => {
  it.each(PAIRS)('folds %s and %s to one form', (british, american) => {
    expect(foldSpelling(american)).toBe(foldSpelling(british));
  });

  it('is idempotent', () => {
    for (const word of PAIRS.flat()) expect(foldSpelling(foldSpelling(word)), word).toBe(foldSpelling(word));
  });

  it('keeps a partly typed British word a prefix of its folded form', () => {
    expect(foldSpelling('organisation').startsWith(foldSpelling('organis'))).toBe(true);
    expect(foldSpelling('behaviour').startsWith(foldSpelling('behavio'))).toBe(true);
    expect(foldSpelling('centre').startsWith(foldSpelling('centr'))).toBe(true);
  });

  it('leaves words that merely look alike as they are', () => {
    for (const word of ['four', 'hour', 'your', 'tour', 'rise', 'wise', 'size', 'after', 'pedal', 'filling', 'rogue', 'doctor', 'honest', 'labelled']) {
      expect(foldSpelling(word), word).toBe(word);
    }
  });
});
