import {MANUAL_CONFIG} from '../options';
import {chapterFrontmatterSchema, type ChapterFrontmatterInput, type ManualConfig} from '../schema';
import {CHAPTER_KEY_ORDER} from './chapter-file';
import type {ManualSnapshot} from './field-rules';

/**
 * The web editor's configuration (Decap CMS), made from the chapter schema
 * and the manual's settings, so the form and the check cannot drift apart:
 * every frontmatter field has exactly one form field here, and the type of
 * `chapterForm` fails to compile when the schema gains a field it lacks.
 */

/** A Decap CMS field: a plain object, as in Decap's own config.yml. */
type FormField = {label: string; widget: string; hint?: string} & Record<string, unknown>;
export type EditorField = FormField & {name: string; required?: boolean};

/** A team's git host, for editing the published site (see the README). */
export interface EditorBackend {
  name: 'github' | 'gitlab';
  repo: string;
  branch: string;
  /** How editors sign in (see the README): passed to Decap as they are. */
  base_url?: string;
  auth_endpoint?: string;
  app_id?: string;
}

/** Where the editor page talks to the team's git host: the published site's policy lets it connect there and nowhere else. */
export function editorApiOrigins(backend: EditorBackend): string[] {
  return backend.name === 'github' ? ['https://api.github.com'] : ['https://gitlab.com'];
}

export interface EditorConfigInput {
  manual: ManualConfig;
  docsDir: string;
  /** Where chapters are served, for "view on the site" links. */
  chaptersPath: string;
  /** The team's git host; without one, the editor works only through the local file server. */
  backend?: EditorBackend;
  /** The local file server (`decap-server`), used whenever it is running. */
  localBackendUrl?: string;
}

/** Where images an editor uploads go, served from /img/. */
export const MEDIA_FOLDER = 'static/img';

/** The custom file format that writes frontmatter in the project's own layout. */
export const CHAPTER_FORMAT = 'procedures-chapter';
/** The custom format that keeps manual.yml's comments and layout. */
export const SETTINGS_FORMAT = 'procedures-settings';
/** The editor's own widgets (src/admin/widgets.ts): the id, proposed from the title and locked once saved; the number, unique; the change note, needed from version 2. */
export const CHAPTER_ID_WIDGET = 'chapter-id';
export const NUMBER_WIDGET = 'chapter-number';
export const CHANGE_WIDGET = 'change-note';

const DATE = {widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true};
const SLUG_PATTERN = ['^[a-z0-9]+(-[a-z0-9]+)*$', 'Lower-case words joined by hyphens, such as complex-abuse'];
const NUMBER_PATTERN = ['^\\d+(\\.\\d+)*$', 'Digits separated by dots, such as 4.4'];

type ChapterField = keyof ChapterFrontmatterInput;

/** One form field for each frontmatter field, in plain words for editors. */
function chapterForm(manual: ManualConfig): Record<ChapterField, FormField> {
  return {
    id: {
      label: 'Id',
      widget: CHAPTER_ID_WIDGET,
      pattern: SLUG_PATTERN,
      hint: "The chapter's permanent address. Leave it empty and one is made from the title when you save. It cannot change once saved, and is never reused.",
    },
    number: {label: 'Chapter number', widget: NUMBER_WIDGET, pattern: NUMBER_PATTERN, hint: 'Such as 4.4. Orders the manual; no two chapters share one.'},
    title: {label: 'Title', widget: 'string', hint: 'Without the number.'},
    part: {label: 'Part', widget: 'select', options: manual.parts.map((p) => ({label: `${p.number}. ${p.title}`, value: p.id}))},
    version: {
      label: 'Version',
      widget: 'number',
      default: 1,
      value_type: 'int',
      min: 1,
      step: 1,
      hint: 'Raise it by one whenever the text changes in substance; readers keep each released version.',
    },
    effective: {...DATE, label: 'In force from', hint: 'The date this version comes into force.'},
    change: {
      label: 'What changed',
      widget: CHANGE_WIDGET,
      hint: 'Needed from version 2: the board\'s words after "This chapter was updated …", such as "by adding Section 5, Feedback to Referrers."',
    },
    review: {...DATE, label: 'Review due', hint: 'When the owner must next review the chapter.'},
    owner: {label: 'Owner', widget: 'string', hint: 'The group responsible for keeping the chapter up to date.'},
    audience: {
      label: 'Audience',
      widget: 'select',
      multiple: true,
      min: 1,
      default: [manual.audiences[0]!.id],
      options: manual.audiences.map((a) => ({label: a.title, value: a.id})),
    },
    keywords: {label: 'Search words', widget: 'list', hint: 'Other words practitioners may search for, separated by commas.'},
    related: {
      label: 'Related procedures',
      widget: 'relation',
      collection: 'chapters',
      value_field: 'id',
      search_fields: ['number', 'title', 'id'],
      display_fields: ['number', 'title'],
      multiple: true,
      hint: 'Shown beside the chapter; choose by number or title.',
    },
    further_reading: {
      label: 'Further reading',
      widget: 'list',
      summary: '{{fields.title}}',
      fields: [
        {name: 'title', label: 'Title', widget: 'string'},
        {name: 'url', label: 'Address', widget: 'string', pattern: ['^https?://', 'A full address starting with https://']},
      ],
    },
    replaces: {
      label: 'Replaces withdrawn chapters',
      widget: 'list',
      hint: 'Ids of withdrawn chapters, separated by commas: their addresses lead here.',
    },
  };
}

/** Whether the chapter schema requires a field (a missing value fails `check`). */
export function requiredByCheck(field: ChapterField): boolean {
  return !chapterFrontmatterSchema.shape[field].safeParse(undefined).success;
}

/** The form's order: number and title first, as a chapter is known, then the id proposed from them; the file keeps its own order. */
const FORM_ORDER: readonly ChapterField[] = ['number', 'title', ...CHAPTER_KEY_ORDER.filter((k) => k !== 'number' && k !== 'title')];

export function chapterFields(manual: ManualConfig): EditorField[] {
  const form = chapterForm(manual);
  return [
    // An empty id is made from the title on saving (src/admin/events.ts), so the form lets it be left empty.
    ...FORM_ORDER.map((name) => ({name, required: name !== 'id' && requiredByCheck(name), ...form[name]})),
    // Markdown kept as typed, in a plain labelled text box: Decap's rich-text mode would rewrite the whole body on
    // save (a diff on every line), and its raw mode is not labelled for screen readers. The preview shows it rendered.
    {name: 'body', label: 'Text', widget: 'text', hint: 'Markdown: each section starts with a "## " heading, such as "## Referral and Strategy Discussion".'},
  ];
}

function settingsFields(): EditorField[] {
  const named = [
    {name: 'id', label: 'Id', widget: 'string', pattern: SLUG_PATTERN},
    {name: 'title', label: 'Title', widget: 'string'},
  ];
  return [
    {name: 'title', label: "Manual's title", widget: 'string'},
    {name: 'board', label: 'Board', widget: 'string'},
    {name: 'description', label: 'Description', widget: 'text'},
    {
      name: 'parts',
      label: 'Parts',
      widget: 'list',
      summary: '{{fields.number}}. {{fields.title}}',
      fields: [
        ...named,
        {name: 'number', label: 'Number', widget: 'number', value_type: 'int', min: 1},
        {name: 'description', label: 'Description', widget: 'text'},
      ],
    },
    {name: 'audiences', label: 'Audiences', widget: 'list', summary: '{{fields.title}}', fields: named},
  ];
}

/** The whole Decap CMS configuration, for `CMS.init({config})`. */
export function editorConfig(input: EditorConfigInput): Record<string, unknown> {
  const {manual, docsDir, chaptersPath, backend} = input;
  return {
    load_config_file: false,
    backend: backend
      ? {...backend, squash_merges: true, commit_messages: {create: 'Add chapter {{slug}}', update: 'Edit chapter {{slug}}', delete: 'Remove {{slug}}'}}
      : // Decap needs a backend name even when only the local file server is used.
        {name: 'git-gateway', branch: 'main'},
    // Changes become pull requests (draft → in review → ready) on a team's git host.
    ...(backend ? {publish_mode: 'editorial_workflow'} : {}),
    ...(input.localBackendUrl ? {local_backend: {url: input.localBackendUrl}} : {}),
    media_folder: MEDIA_FOLDER,
    public_folder: '/img',
    site_url: '/',
    display_url: '/',
    collections: [
      {
        name: 'chapters',
        label: 'Chapters',
        label_singular: 'Chapter',
        folder: docsDir,
        extension: 'md',
        format: CHAPTER_FORMAT,
        create: true,
        // Chapters are withdrawn through a release, never deleted: their addresses must keep working.
        delete: false,
        identifier_field: 'id',
        slug: '{{fields.id}}',
        summary: '{{number}} {{title}} (version {{version}})',
        sortable_fields: ['number', 'title'],
        preview_path: `${chaptersPath}/{{fields.id}}`,
        fields: chapterFields(manual),
      },
      {
        name: 'settings',
        label: 'Manual settings',
        delete: false,
        // Decap reads a files collection's format from the collection, not from each file.
        format: SETTINGS_FORMAT,
        files: [{name: 'manual', label: 'Manual settings', file: `${docsDir}/${MANUAL_CONFIG}`, fields: settingsFields()}],
      },
    ],
  };
}

/** What the editor page loads (`/admin/settings.json`): Decap's configuration and what the widgets and preview need of the manual. */
export interface EditorSettings {
  decap: Record<string, unknown>;
  snapshot: ManualSnapshot;
  /** The local file server, checked before the editor starts when there is no team backend. */
  localBackendUrl?: string;
  /** The dev site's page listing the manual's current problems. */
  problemsPath?: string;
}
