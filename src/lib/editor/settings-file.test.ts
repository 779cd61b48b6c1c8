import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {writeSettingsText} from './settings-file';

const original = readFileSync(path.join(__dirname, '../../../docs/manual.yml'), 'utf8');

describe('manual.yml saved from the editor', () => {
  it('is unchanged when nothing changed', () => {
    expect(writeSettingsText(original, parse(original))).toBe(original);
  });

  it('keeps its comments and rewrites only what changed', () => {
    const data = parse(original);
    const text = writeSettingsText(original, {...data, board: 'Northmoor Children and Families Partnership'});
    expect(text.split('\n').slice(0, 3)).toEqual(original.split('\n').slice(0, 3));
    expect(text).toContain('board: Northmoor Children and Families Partnership\n');
    expect(parse(text)).toEqual({...data, board: 'Northmoor Children and Families Partnership'});
    const changed = text.split('\n').filter((line, i) => line !== original.split('\n')[i]);
    expect(changed).toEqual(['board: Northmoor Children and Families Partnership']);
  });
});

describe('a changed list or folded text in manual.yml', () => {
  it.each(['parts', 'description', 'audiences', 'title'])('rewrites %s alone and reads back as saved', (key) => {
    const data = parse(original);
    const value =
      key === 'parts'
        ? [...data.parts, {id: 'guidance', number: 5, title: 'Practice Guidance', description: 'Guidance beside the procedures.'}]
        : key === 'audiences'
          ? [...data.audiences, {id: 'probation', title: 'Probation'}]
          : `${data[key]} (revised)`;
    const text = writeSettingsText(original, {...data, [key]: value});
    expect(parse(text)).toEqual({...data, [key]: value});
    expect(text.startsWith(original.split('\n').slice(0, 3).join('\n'))).toBe(true);
    for (const other of Object.keys(data).filter((k) => k !== key)) expect(text, other).toContain(original.match(new RegExp(`^${other}:.*$`, 'm'))![0]);
  });
});
