import {useLocation} from '@docusaurus/router';
import {isoDate, longDate} from '@site/src/lib/dates';
import {useEffect, useState, type ReactNode} from 'react';

/**
 * "Printed on DATE from URL": paper copies go stale, so each says where and
 * when it came from. Filled in the browser (the build knows neither) on each
 * page the reader moves to, and again just before printing in case the page
 * has been open since yesterday.
 */
export default function PrintedOn(): ReactNode {
  const location = useLocation();
  const [line, setLine] = useState('');
  useEffect(() => {
    const update = () => setLine(`Printed on ${longDate(isoDate(new Date()))} from ${window.location.href} — check the online manual for the current version`);
    update();
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, [location]);
  return (
    <p className="print-only printed-on" data-testid="printed-on">
      {line}
    </p>
  );
}
