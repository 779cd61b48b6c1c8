import {dateWarnings} from '../date-rules';
import {positionFinder} from '../read-yaml';
import type {Chapter} from '../model';
import {problem, type Problem} from '../problems';
import type {ManualConfig} from '../schema';
import {closest} from '../suggest';

/**
 * Pass 3: what each chapter must respect of the manual's settings — its part
 * and audiences exist — and, when a day is given, the date warnings.
 */
export function checkChapters(chapters: readonly Chapter[], config: ManualConfig, today?: string): Problem[] {
  const partIds = config.parts.map((p) => p.id);
  const audienceIds = config.audiences.map((a) => a.id);
  return chapters.flatMap((chapter) => {
    const at = positionFinder(chapter.positions);
    const problems: Problem[] = today ? dateWarnings(chapter, today, at) : [];
    if (!partIds.includes(chapter.part)) {
      const guess = closest(chapter.part, partIds);
      problems.push(
        problem(
          chapter.file,
          at(['part']),
          'PART_UNKNOWN',
          `part \`${chapter.part}\` is not a part of the manual`,
          guess ? `Did you mean \`${guess}\`?` : `Parts: ${partIds.join(', ')} (docs/manual.yml).`,
        ),
      );
    }
    chapter.audience.forEach((audience, i) => {
      if (audienceIds.includes(audience)) return;
      const guess = closest(audience, audienceIds);
      problems.push(
        problem(
          chapter.file,
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
