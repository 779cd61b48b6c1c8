import {compareSections, summariseComparison, type SectionChange} from '../../src/lib/compare/compare-sections';
import {draftChangeNote} from '../../src/lib/compare/draft-change-note';
import {chapterVersions} from '../../src/lib/history/chapter-versions';
import {closest} from '../../src/lib/suggest';
import {readManual, sha256} from '../../src/node/read-manual-fs';
import {MANUAL_ARGS, manualOptions, parseCommand, UsageError} from './usage';

/**
 * `procedures diff <id> <from> <to>`: the section-aware comparison the
 * compare page shows, from the same core code. Versions are numbers, or
 * `current` for the text in docs/.
 */
export async function diff(args: string[]): Promise<number> {
  const {values: options, positionals} = parseCommand(args, {
    ...MANUAL_ARGS,
    json: {type: 'boolean', default: false},
  });
  const [id, fromArg, toArg] = positionals;
  if (!id || !fromArg || !toArg) throw new UsageError('diff needs a chapter id and two versions, such as: diff child-abuse-and-ict 1 2');
  const {manual, history} = await readManual({root: process.cwd(), ...manualOptions(options)});
  if (!manual) throw new UsageError('the manual does not load: run `npm run check`');
  const versions = chapterVersions(manual, history, id, sha256);
  if (versions.length === 0) {
    const guess = closest(id, [...manual.byId.keys(), ...(history?.versions.keys() ?? [])]);
    throw new UsageError(`no chapter or released history has the id "${id}"${guess ? `; did you mean \`${guess}\`?` : ''}`);
  }
  const pick = (arg: string) => {
    const found = arg === 'current' ? versions.at(-1) : versions.find((v) => String(v.version) === arg);
    if (!found) throw new UsageError(`${id} has no version ${arg}; its versions are ${versions.map((v) => v.version).join(', ')}`);
    return found;
  };
  const from = pick(fromArg);
  const to = pick(toArg);
  const comparison = compareSections(from.sections, to.sections);
  const summary = summariseComparison(comparison);
  const draftedNote = draftChangeNote(comparison);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({id, from: from.version, to: to.version, summary, draftedNote, ...comparison}, null, 2)}\n`);
    return 0;
  }
  const lines = [`${to.number} ${to.title}: version ${from.version} → version ${to.version}`, summary, ''];
  for (const change of comparison.sections) lines.push(...describe(change));
  lines.push('', `Drafted change note: ${draftedNote}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

function describe(change: SectionChange): string[] {
  const where = change.to ?? change.from!;
  const notes = [
    change.status,
    ...(change.renumbered ? [`was section ${change.from!.number}`] : []),
    ...(change.retitled ? [`was "${change.from!.heading}"`] : []),
  ];
  const head = `  ${where.number}. ${where.heading} — ${notes.join(', ')}`;
  if (!change.words) return [head];
  // [+inserted+] and [-deleted-], as wdiff marks them, readable without colour.
  const redline = change.words.map((w) => (w.type === 'ins' ? `[+${w.text}+]` : w.type === 'del' ? `[-${w.text}-]` : w.text)).join('');
  return [head, ...redline.split('\n').map((line) => `      ${line}`)];
}
