import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {CHAPTER_FIELDS, chapterFrontmatterSchema, manualConfigSchema, REQUIRED_CHAPTER_FIELDS} from '../schema';
import {chapterFields, editorConfig} from './editor-config';
import {changeProblem, idProblem, numberProblem, proposedId, type ManualSnapshot} from './field-rules';

const manual = manualConfigSchema.parse(parse(readFileSync(path.join(__dirname, '../../../docs/manual.yml'), 'utf8')));
const fields = chapterFields(manual);
const field = (name: string) => fields.find((f) => f.name === name)!;

describe('the editor configuration, made from the chapter schema', () => {
  it('has one form field for each frontmatter field, and the text', () => {
    expect(fields.map((f) => f.name).sort()).toEqual([...CHAPTER_FIELDS, 'body'].sort());
  });

  it('requires exactly the fields check requires, but the id, which saving makes from the title when empty', () => {
    expect(
      fields
        .filter((f) => f.required)
        .map((f) => f.name)
        .sort(),
    ).toEqual(REQUIRED_CHAPTER_FIELDS.filter((f) => f !== 'id').sort());
  });

  it("offers the manual's parts and audiences, by id", () => {
    expect((field('part').options as {value: string}[]).map((o) => o.value)).toEqual(manual.parts.map((p) => p.id));
    expect((field('audience').options as {value: string}[]).map((o) => o.value)).toEqual(manual.audiences.map((a) => a.id));
    expect(field('audience').multiple).toBe(true);
  });

  it('chooses related procedures from the chapters by number and title, storing ids', () => {
    expect(field('related')).toMatchObject({
      widget: 'relation',
      collection: 'chapters',
      value_field: 'id',
      display_fields: ['number', 'title'],
      multiple: true,
    });
  });

  it('stores dates as YYYY-MM-DD and the version as a whole number', () => {
    for (const name of ['effective', 'review']) expect(field(name)).toMatchObject({widget: 'datetime', format: 'YYYY-MM-DD', time_format: false});
    expect(field('version')).toMatchObject({widget: 'number', value_type: 'int', min: 1});
  });

  it('edits chapters in the manual folder, never deletes them, and edits the settings file', () => {
    const config = editorConfig({manual, docsDir: 'docs', chaptersPath: '/procedures'});
    const [chapters, settings] = config.collections as Record<string, unknown>[];
    expect(chapters).toMatchObject({folder: 'docs', extension: 'md', create: true, delete: false, identifier_field: 'id'});
    expect(settings).toMatchObject({format: 'procedures-settings', files: [{file: 'docs/manual.yml'}]});
    expect(config).not.toHaveProperty('local_backend');
  });

  it('uses the local file server when given, and a team host with the editorial workflow', () => {
    expect(editorConfig({manual, docsDir: 'docs', chaptersPath: '/procedures', localBackendUrl: 'http://localhost:8081/api/v1'})).toMatchObject({
      local_backend: {url: 'http://localhost:8081/api/v1'},
    });
    expect(
      editorConfig({manual, docsDir: 'docs', chaptersPath: '/procedures', backend: {name: 'github', repo: 'board/procedures', branch: 'main'}}),
    ).toMatchObject({backend: {name: 'github', repo: 'board/procedures'}, publish_mode: 'editorial_workflow'});
  });
});

describe('the rules checked on a field', () => {
  const snapshot: ManualSnapshot = {
    chapters: [
      {id: 'referrals', number: '2.1', title: 'Referrals'},
      {id: 'complex-abuse', number: '3.2', title: 'Complex (Organised or Multiple) Abuse'},
    ],
    formerIds: ['child-protection-register'],
  };

  it('refuses an id in use or once used, for a new chapter only', () => {
    expect(idProblem('referrals', snapshot, true)).toMatch(/2\.1 Referrals already has the id referrals/);
    expect(idProblem('child-protection-register', snapshot, true)).toMatch(/withdrawn chapter/);
    expect(idProblem('referrals', snapshot, false)).toBeUndefined();
    expect(idProblem('bullying', snapshot, true)).toBeUndefined();
  });

  it("refuses another chapter's number, not the chapter's own", () => {
    expect(numberProblem('3.2', 'new-one', snapshot)).toMatch(/3\.2 is already Complex/);
    expect(numberProblem('3.2', 'complex-abuse', snapshot)).toBeUndefined();
  });

  it('asks for a change note from version 2', () => {
    expect(changeProblem('', 2)).toMatch(/Version 2 needs a note/);
    expect(changeProblem(undefined, 1)).toBeUndefined();
    expect(changeProblem('by adding Section 5.', 3)).toBeUndefined();
  });

  it('proposes a free id from the title', () => {
    expect(proposedId('Referrals', snapshot)).toBe('referrals-2');
    expect(proposedId('Children and Online Gaming', snapshot)).toBe('children-and-online-gaming');
    expect(proposedId('', snapshot)).toBe('');
  });

  it.each([
    ['Drugs & Alcohol', 'drugs-alcohol'],
    ['Café Safety', 'cafe-safety'],
    ['Foo ', 'foo'],
    ['“Honour”-Based Abuse', 'honour-based-abuse'],
  ])('makes an id check accepts from the title %s', (title, id) => {
    expect(proposedId(title, snapshot)).toBe(id);
    expect(chapterFrontmatterSchema.shape.id.safeParse(id).success).toBe(true);
  });
});
