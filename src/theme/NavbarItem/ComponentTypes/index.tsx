import {UNPREFETCHED} from '@site/src/components/Navbar/navbar-types';
import UnprefetchedNavbarItem from '@site/src/components/Navbar/UnprefetchedNavbarItem';
import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';

/** The classic navbar item types, and a link that does not download its page's data in advance. */
export default {...ComponentTypes, [UNPREFETCHED]: UnprefetchedNavbarItem};
