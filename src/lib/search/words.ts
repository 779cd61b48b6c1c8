// Apart from the encoder, so that pages which only mark words do not load the search engine.
/** A word of running text and where it sits, for snippets and phrase checks. */
export interface TextWord {
  text: string;
  start: number;
  end: number;
}

/** Splits text into words as the encoder does (letters and digits; apostrophes and hyphens split). */
export function textWords(text: string): TextWord[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({text: m[0], start: m.index, end: m.index + m[0].length}));
}
