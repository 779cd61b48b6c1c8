import SearchPage from '@site/src/components/Search/SearchPage';

export default SearchPage;
