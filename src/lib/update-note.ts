import {monthYear} from './dates';

interface Versioned {
  version: number;
  effective: string;
  change?: string;
}

/**
 * The note a chapter opens with, in the boards' words: "This chapter was
 * updated in February 2009 – by …". A first version says when it started.
 */
export function updateNote({version, effective, change}: Versioned): string {
  if (version < 2 || !change) return `This chapter came into force in ${monthYear(effective)}.`;
  return `This chapter was updated in ${monthYear(effective)} – ${change}`;
}
