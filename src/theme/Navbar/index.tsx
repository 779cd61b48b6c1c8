import ReadingToolbar from '@site/src/components/ReadingToolbar';
import type {WrapperProps} from '@docusaurus/types';
import Navbar from '@theme-original/Navbar';
import type NavbarType from '@theme/Navbar';
import type {ReactNode} from 'react';

type Props = WrapperProps<typeof NavbarType>;

/**
 * Wraps the classic theme's Navbar: the reading toolbar goes just above it,
 * in the page's flow, so it shows on phones (where navbar items fold into the
 * menu) and never sits under the docs sidebar, which is drawn up behind the
 * sticky navbar.
 */
export default function NavbarWrapper(props: Props): ReactNode {
  return (
    <>
      <ReadingToolbar />
      <Navbar {...props} />
    </>
  );
}
