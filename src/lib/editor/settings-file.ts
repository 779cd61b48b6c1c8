import {Document, isMap, isNode, isScalar, parseDocument} from 'yaml';

/**
 * manual.yml as the editor saves it: each setting that changed is written in
 * place of its old text, and every other line is left as it was, comments
 * and folding included, so a save with no change changes nothing.
 */
export function writeSettingsText(original: string, data: Record<string, unknown>): string {
  const doc = parseDocument(original);
  const before = (doc.toJS() ?? {}) as Record<string, unknown>;
  const edits: {from: number; to: number; text: string}[] = [];
  const appended: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (JSON.stringify(before[key]) === JSON.stringify(value)) continue;
    const text = new Document({[key]: value}).toString({lineWidth: 0}).trimEnd();
    const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
    const from = isNode(pair?.key) ? pair.key.range?.[0] : undefined;
    const to = isNode(pair?.value) ? pair.value.range?.[1] : undefined;
    if (from === undefined || to === undefined) appended.push(text);
    else edits.push({from, to, text});
  }
  let text = original;
  for (const {from, to, text: setting} of edits.sort((a, b) => b.from - a.from)) {
    // A block value's range takes in its last line break; a one-line value's leaves the rest of its line (a comment).
    const rest = text[to - 1] === '\n' ? `\n${text.slice(to)}` : text.slice(to).replace(/^[^\n]*/, '');
    text = `${text.slice(0, from)}${setting}${rest}`;
  }
  return appended.length ? `${text.replace(/\n*$/, '\n')}${appended.join('\n')}\n` : text;
}
