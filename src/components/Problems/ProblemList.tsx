import type {Problem} from '@site/src/lib/problems';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

/** Each problem as `check` prints it: where, which rule, what is wrong and the fix. */
export default function ProblemList({problems}: {problems: readonly Problem[]}): ReactNode {
  return (
    <ul className={styles.list}>
      {problems.map((p) => (
        <li key={`${p.file}:${p.line}:${p.col}:${p.code}:${p.message}`}>
          <code>
            {p.file}:{p.line}:{p.col}
          </code>{' '}
          <strong>
            {p.severity === 'error' ? 'Error' : 'Warning'} {p.code}
          </strong>{' '}
          {p.message.replace(/\.$/, '')}.{p.hint ? ` ${p.hint}` : ''}
        </li>
      ))}
    </ul>
  );
}
