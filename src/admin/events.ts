import {proposedId, type ManualSnapshot} from '../lib/editor/field-rules';
import type {DecapCms, ImmutableLike} from './decap';

interface EntryData extends ImmutableLike {
  set(key: string, value: unknown): EntryData;
}

/** A new chapter saved with no id gets one made from its title, free of every id used before. */
export function registerEvents(cms: DecapCms, snapshot: ManualSnapshot): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({entry}) => {
      const data = entry.get('data') as EntryData;
      const id = data.get('id');
      if (entry.get('newRecord') !== true || (typeof id === 'string' && id.trim())) return data;
      return data.set('id', proposedId(String(data.get('title') ?? ''), snapshot));
    },
  });
}
