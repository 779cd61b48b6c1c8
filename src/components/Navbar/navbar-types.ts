/** The navbar type of a link that does not download its page's data in advance (UnprefetchedNavbarItem). */
export const UNPREFETCHED = 'custom-unprefetched';
