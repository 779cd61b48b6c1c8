import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import type {ComponentProps, ReactNode} from 'react';
import styles from './styles.module.css';

type Props = ComponentProps<typeof MermaidType>;

/**
 * A chapter's flowchart, drawn for sighted readers. `check` requires the
 * paragraph after it to say the same in words (lib/check-diagrams), so the
 * drawing is hidden from screen readers, which read that paragraph instead,
 * and left out of print, which prints it.
 */
export default function Diagram(props: Props): ReactNode {
  return (
    <div className={styles.diagram} aria-hidden="true" data-testid="diagram">
      <Mermaid {...props} />
    </div>
  );
}
