import type {LoadResult} from '../lib/load-manual';
import type {Manual} from '../lib/model';
import {countBySeverity, formatProblem, sortProblems, type Problem} from '../lib/problems';

/**
 * Prints the manual's problems as `npm run check` does and stops the build
 * on errors, before Docusaurus renders a page from a broken manual.
 */
export function failOnErrors(result: LoadResult): Manual {
  const problems = sortProblems(result.problems);
  for (const p of problems) console.error(formatProblem(p));
  const {errors} = countBySeverity(problems);
  if (errors > 0 || !result.manual) {
    const error = new Error(
      `The manual has ${errors} error${errors === 1 ? '' : 's'}, listed above: nothing is built from it until ${errors === 1 ? 'it is' : 'they are'} fixed.`,
    );
    // Editors need the list above, not where in our code we noticed.
    error.stack = error.message;
    throw error;
  }
  return result.manual;
}

/**
 * The dev site's way: problems are printed and handed to the pages, which
 * show them where they are, and the site keeps serving the manual as it can
 * be read (or as it last could, when its settings file is broken).
 */
export function keepServing(result: LoadResult, lastGood: Manual | undefined): {manual: Manual; problems: Problem[]} {
  const problems = sortProblems(result.problems);
  for (const p of problems) console.error(formatProblem(p));
  const manual = result.manual ?? lastGood;
  if (!manual) return {manual: failOnErrors(result), problems};
  return {manual, problems};
}
