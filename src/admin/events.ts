import {idProblem, numberProblem, proposedId, type ManualSnapshot} from '../lib/editor/field-rules';
import type {DecapCms, ImmutableLike} from './decap';

interface EntryData extends ImmutableLike {
  set(key: string, value: unknown): EntryData;
}

/**
 * Before each save, the manual as the site has read it since (another tab,
 * another chapter saved a moment ago): a new chapter without an id gets one
 * made from its title, and a save that would reuse an id or a number is
 * stopped with the reason, the form kept as typed.
 */
export function registerEvents(cms: DecapCms, snapshot: ManualSnapshot, refresh: () => Promise<void>): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: async ({entry}) => {
      // The settings file is saved through here too: it has no id or number.
      if (entry.get('collection') !== 'chapters') return undefined;
      await refresh();
      const data = entry.get('data') as EntryData;
      const isNew = entry.get('newRecord') === true;
      const given = String(data.get('id') ?? '').trim();
      const id = given || (isNew ? proposedId(String(data.get('title') ?? ''), snapshot) : '');
      const problem = idProblem(id, snapshot, isNew) ?? numberProblem(String(data.get('number') ?? ''), id, snapshot);
      if (problem) throw new Error(problem);
      return given ? data : data.set('id', id);
    },
  });
}
