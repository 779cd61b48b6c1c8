import {positionFinder} from '../read-yaml';
import type {Chapter, Manual} from '../model';
import {problem, type Problem} from '../problems';
import {closest} from '../suggest';
import type {History, ReleasedVersion} from './load-history';

/**
 * What the current manual must respect of its history: ids are never reused,
 * `replaces` names a chapter that has gone, and text that differs from its
 * last release carries a raised version (a warning while the editor works;
 * `release` refuses it).
 */
export function checkAgainstHistory(manual: Manual, history: History, hashOf: (text: string) => string): Problem[] {
  const problems: Problem[] = [];
  for (const chapter of manual.chapters) {
    const at = positionFinder(chapter.positions);
    const gone = history.withdrawn.get(chapter.id);
    if (gone) {
      problems.push(problem(chapter.file, at(['id']), 'ID_REUSED', `id \`${chapter.id}\` belonged to a chapter withdrawn in ${gone.release.title}`,
        `Ids are never reused: choose a new id, and add \`replaces: [${chapter.id}]\` if this chapter takes its place.`));
      continue;
    }
    chapter.replaces.forEach((id, i) => {
      const reason = manual.byId.has(id) ? 'is still in the manual' : !history.versions.has(id) ? 'was never released' : undefined;
      if (reason) {
        const gone = [...history.versions.keys()].filter((released) => !manual.byId.has(released));
        const guess = reason === 'was never released' ? closest(id, gone) : undefined;
        problems.push(
          problem(
            chapter.file,
            at(['replaces', i]),
            'REPLACES_INVALID',
            `replaces \`${id}\`, which ${reason}`,
            guess ? `Did you mean \`${guess}\`?` : 'List only chapters that are withdrawn (deleted from docs/) in this release or before.',
          ),
        );
      }
    });
    const last = history.versions.get(chapter.id)?.at(-1);
    if (last && hashOf(chapter.text) !== last.sha256 && chapter.version <= last.version) problems.push(versionNotRaised(chapter, last));
  }
  return problems;
}

/** A chapter whose text differs from its last release but whose version was not raised. */
export function versionNotRaised(chapter: Chapter, last: ReleasedVersion): Problem {
  return problem(
    chapter.file,
    positionFinder(chapter.positions)(['version']),
    'VERSION_NOT_RAISED',
    `the text differs from version ${last.version}, released in ${last.release.title}, but version is still ${chapter.version}`,
    `Set \`version: ${last.version + 1}\` and write its \`change\` note.`,
  );
}
