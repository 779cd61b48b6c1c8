import SearchBox from '@site/src/components/Search/SearchBox';
import type {ReactNode} from 'react';

/**
 * Replaces the classic theme's empty SearchBar: the navbar shows the
 * procedures' own search, served from the static index this site builds.
 */
export default function SearchBar(): ReactNode {
  return <SearchBox />;
}
