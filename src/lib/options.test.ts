import {describe, expect, it} from 'vitest';
import {defaultHistoryDir, resolveOptions} from './options';

describe('site options', () => {
  it('fills in the defaults', () => {
    expect(resolveOptions()).toEqual({
      docsDir: 'docs',
      routeBasePath: 'procedures',
      historyDir: 'history',
      historyPages: true,
      releasePdfs: false,
      editor: {localPort: 8081},
    });
  });

  it("checks the editor's git host", () => {
    expect(resolveOptions({editor: {backend: {name: 'github', repo: 'board/procedures'}}}).editor.backend).toEqual({
      name: 'github',
      repo: 'board/procedures',
      branch: 'main',
    });
    expect(() => resolveOptions({editor: {backend: {name: 'github', repo: 'procedures'}}})).toThrow('editor.backend.repo must be owner/name');
  });

  it('puts the history beside the manual folder unless told otherwise', () => {
    expect(defaultHistoryDir('manuals/north/docs')).toBe('manuals/north/history');
    expect(resolveOptions({docsDir: 'manuals/north/docs'}).historyDir).toBe('manuals/north/history');
    expect(resolveOptions({docsDir: 'docs', historyDir: 'records'}).historyDir).toBe('records');
  });

  it('names every bad option in one error', () => {
    expect(() => resolveOptions({routeBasePath: '/Procedures/', docsDir: '/etc'})).toThrow(
      'Invalid Procedures options:\n  docsDir: docsDir must be a folder relative to the site, such as `docs`\n  routeBasePath: routeBasePath must be lower-case words joined by hyphens or slashes, such as `procedures`',
    );
    expect(() => resolveOptions({docsDirectory: 'docs'} as never)).toThrow('Unrecognized key: "docsDirectory"');
  });
});
