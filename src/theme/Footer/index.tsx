import OfflineStatus from '@site/src/components/Offline/OfflineStatus';
import PrintedOn from '@site/src/components/PrintedOn';
import type {WrapperProps} from '@docusaurus/types';
import Footer from '@theme-original/Footer';
import type FooterType from '@theme/Footer';
import type {ReactNode} from 'react';

type Props = WrapperProps<typeof FooterType>;

/** Wraps the classic theme's Footer: adds whether the manual is saved for reading offline, and the "Printed on" line, seen only on paper. */
export default function FooterWrapper(props: Props): ReactNode {
  return (
    <>
      <Footer {...props} />
      <OfflineStatus />
      <PrintedOn />
    </>
  );
}
