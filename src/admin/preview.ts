import {formatChapterFile} from '../lib/editor/chapter-file';
import type {ManualSnapshot} from '../lib/editor/field-rules';
import {parseChapter} from '../lib/parse-chapter';
import {formatProblem} from '../lib/problems';
import {renderChapterHtml} from '../lib/render-html';
import {updateNote} from '../lib/update-note';
import {plain, type DecapCms, type ImmutableLike} from './decap';

/**
 * The preview pane shows the chapter as readers will: number and title, the
 * update note, numbered contents, the text and the related procedures, made
 * by the same core functions as the site, and the problems `check` would
 * report in this file. The text's raw HTML is dropped, never run.
 */
export function registerPreview(cms: DecapCms, snapshot: ManualSnapshot, docsDir: string): void {
  const {h} = window;
  const byId = new Map(snapshot.chapters.map((c) => [c.id, c]));
  const preview = ({entry}: {entry: ImmutableLike}) => {
    const {body, ...frontmatter} = plain(entry.get('data'));
    const markdown = typeof body === 'string' ? body : '';
    const id = typeof frontmatter.id === 'string' && frontmatter.id ? frontmatter.id : 'new-chapter';
    const chapter = parseChapter({file: `${docsDir}/${id}.md`, text: formatChapterFile(frontmatter, markdown)});
    const fields = chapter.fields;
    const related = Array.isArray(frontmatter.related) ? frontmatter.related.map(String) : [];
    return h(
      'article',
      {className: 'chapter'},
      h('h1', null, h('span', {className: 'number'}, fields.number ?? ''), ' ', fields.title ?? ''),
      fields.version && fields.effective
        ? h('p', {className: 'update-note'}, updateNote({version: fields.version, effective: fields.effective, change: fields.change}))
        : null,
      chapter.problems.length
        ? h(
            'section',
            {className: 'problems', 'aria-label': 'Problems'},
            h('h2', null, 'Problems to fix before this chapter can be published'),
            h('ul', null, ...chapter.problems.map((p) => h('li', {key: `${p.line}:${p.col}:${p.code}`}, formatProblem(p)))),
          )
        : null,
      chapter.sections.length
        ? h(
            'nav',
            {'aria-label': 'Contents', className: 'contents'},
            h('h2', null, 'Contents'),
            h('ol', null, ...chapter.sections.map((s) => h('li', {key: s.anchor}, h('a', {href: `#${s.anchor}`}, s.heading)))),
          )
        : null,
      h('div', {className: 'text', dangerouslySetInnerHTML: {__html: renderChapterHtml(markdown, (url) => url)}}),
      related.length
        ? h(
            'aside',
            {className: 'related'},
            h('h2', null, 'Related procedures'),
            h(
              'ul',
              null,
              ...related.map((rid) => {
                const c = byId.get(rid);
                return h('li', {key: rid}, c ? `${c.number} ${c.title}` : `${rid} (no such chapter)`);
              }),
            ),
          )
        : null,
    );
  };
  cms.registerPreviewTemplate('chapters', preview);
  cms.registerPreviewStyle(PREVIEW_CSS, {raw: true});
}

const PREVIEW_CSS = `
body { font-family: system-ui, sans-serif; line-height: 1.6; color: #1c1e21; max-width: 46rem; margin: 1rem auto; padding: 0 1rem; }
h1 .number { color: #4a4a4a; margin-right: .25rem; }
.update-note { border-left: 4px solid #0b5cad; background: #eef5fc; padding: .5rem .75rem; }
.problems { border: 2px solid #b00020; background: #fff4f4; padding: .5rem .75rem; }
.problems li { font-family: ui-monospace, monospace; font-size: .9rem; }
.contents ol { padding-left: 1.5rem; }
.related { border-top: 1px solid #ccc; margin-top: 2rem; }
`;
