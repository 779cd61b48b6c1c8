/**
 * The few parts of Decap CMS's browser API the editor uses. Decap brings its
 * own React and exposes `h` (createElement) and `createClass` globally; the
 * editor's widgets and preview are written with those, never with the site's React.
 */

/** Decap's entries and fields are Immutable.js values. */
export interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  toJS(): Record<string, unknown>;
}

export type Element = unknown;
export type H = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;

export interface ControlProps {
  value?: unknown;
  forID: string;
  classNameWrapper: string;
  onChange(value: unknown): void;
  entry: ImmutableLike;
  field: ImmutableLike;
  setActiveStyle(): void;
  setInactiveStyle(): void;
}

export interface DecapCms {
  init(options: {config: Record<string, unknown>}): void;
  registerCustomFormat(name: string, extension: string, format: {fromFile(text: string): unknown; toFile(data: unknown): string}): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerPreviewStyle(css: string, options: {raw: boolean}): void;
  registerEventListener(listener: {name: 'preSave'; handler(event: {entry: ImmutableLike}): Promise<unknown>}): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS: DecapCms;
    h: H;
    createClass(spec: Record<string, unknown>): unknown;
  }
}

/** A plain object from Decap's Immutable data or a plain one. */
export function plain(value: unknown): Record<string, unknown> {
  if (value && typeof (value as ImmutableLike).toJS === 'function') return (value as ImmutableLike).toJS();
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}
