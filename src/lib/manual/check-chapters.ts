import {dateWarnings} from '../date-rules';
import {positionFinder} from '../read-yaml';
import {problem, type Problem} from '../problems';
import type {ManualConfig} from '../schema';
import {closest} from '../suggest';
import type {ChapterFile} from './collect-chapters';

/**
 * Pass 3: what each chapter file must respect of the manual's settings — its
 * part and audiences exist, where they can be read — and, when a day is
 * given, the date warnings for valid chapters.
 */
export function checkChapters(files: readonly ChapterFile[], config: ManualConfig, today?: string): Problem[] {
  const partIds = config.parts.map((p) => p.id);
  const audienceIds = config.audiences.map((a) => a.id);
  return files.flatMap((f) => {
    const at = positionFinder(f.positions);
    const problems: Problem[] = today && f.chapter ? dateWarnings(f.chapter, today, at) : [];
    if (f.part !== undefined && !partIds.includes(f.part)) {
      const guess = closest(f.part, partIds);
      problems.push(
        problem(
          f.file,
          at(['part']),
          'PART_UNKNOWN',
          `part \`${f.part}\` is not a part of the manual`,
          guess ? `Did you mean \`${guess}\`?` : `Parts: ${partIds.join(', ')} (docs/manual.yml).`,
        ),
      );
    }
    (f.audience ?? []).forEach((audience, i) => {
      if (audienceIds.includes(audience)) return;
      const guess = closest(audience, audienceIds);
      problems.push(
        problem(
          f.file,
          at(['audience', i]),
          'AUDIENCE_UNKNOWN',
          `audience \`${audience}\` is not one of the manual's audiences`,
          guess ? `Did you mean \`${guess}\`?` : `Audiences: ${audienceIds.join(', ')} (docs/manual.yml).`,
        ),
      );
    });
    return problems;
  });
}
