import type {Segment} from '@site/src/lib/search/snippet';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * Text with the matched words marked. Every segment is rendered as a React
 * text child, so markup in a chapter (a `<script>`, an `&`) shows as text.
 */
export default function Segments({segments}: {segments: readonly Segment[]}): ReactNode {
  return segments.map((segment, i) =>
    segment.match ? (
      <mark key={i} className={styles.match}>
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
