import {distance} from 'fastest-levenshtein';

/**
 * The candidate an editor most likely meant, or undefined when nothing is
 * close enough to be a helpful guess (a typo, not a different word).
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const target = value.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const score = distance(target, candidate.toLowerCase());
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(2, Math.floor(Math.max(target.length, best.length) / 3));
  return bestScore <= allowed ? best : undefined;
}
