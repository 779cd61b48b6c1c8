import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {formatChapterFile, readChapterFile} from './chapter-file';

const docs = path.join(__dirname, '../../../docs');
const samples = readdirSync(docs).filter((f) => f.endsWith('.md'));

describe('the chapter file layout', () => {
  it.each(samples)('reads and writes %s back byte for byte', (file) => {
    const text = readFileSync(path.join(docs, file), 'utf8');
    const {frontmatter, body} = readChapterFile(text);
    expect(frontmatter.id).toBe(file.replace(/\.md$/, ''));
    expect(formatChapterFile(frontmatter, body)).toBe(text);
  });

  it('orders keys for reading, quotes the number and folds the change note', () => {
    const text = formatChapterFile(
      {
        keywords: ['webcams'],
        change: 'by adding Section 2.',
        number: '4.10',
        id: 'child-abuse-and-ict',
        version: 2,
        further_reading: [{title: 'CEOP', url: 'https://www.ceop.police.uk/'}],
        related: [],
        replaces: [],
      },
      '## The Internet\n',
    );
    expect(text).toBe(
      [
        '---',
        'id: child-abuse-and-ict',
        'number: "4.10"',
        'version: 2',
        'change: >-',
        '  by adding Section 2.',
        'keywords: [webcams]',
        'related: []',
        'further_reading:',
        '  - title: CEOP',
        '    url: https://www.ceop.police.uk/',
        '---',
        '',
        '## The Internet',
        '',
      ].join('\n'),
    );
  });

  it('keeps a key it does not know, after the known ones, so nothing typed is lost', () => {
    const text = formatChapterFile({colour: 'red', id: 'bullying'}, 'Text');
    expect(text.indexOf('id: bullying')).toBeLessThan(text.indexOf('colour: red'));
  });

  it('says why a file cannot be read faithfully: broken or missing frontmatter, an unquoted number', () => {
    expect(readChapterFile('---\nid: [\n---\n\nBody')).toMatchObject({frontmatter: {}, body: 'Body', unreadable: expect.stringContaining('not valid YAML')});
    expect(readChapterFile('Just text')).toMatchObject({body: 'Just text', unreadable: expect.stringContaining('no frontmatter')});
    expect(readChapterFile('---\nid: x\nnumber: 4.10\n---\n\nBody').unreadable).toBe('The chapter number must be written in quotes, such as number: "4.1".');
    expect(readChapterFile('---\nid: x\nnumber: "4.10"\n---\n\nBody')).not.toHaveProperty('unreadable');
  });
});
