import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {compareSections, summariseComparison} from '@site/src/lib/compare/compare-sections';
import {draftChangeNote} from '@site/src/lib/compare/draft-change-note';
import {longDate} from '@site/src/lib/dates';
import {pickPair, type CompareData} from '@site/src/lib/pages/compare-data';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {FormEvent, ReactNode} from 'react';
import SectionChangeItem from './SectionChangeItem';
import styles from './styles.module.css';

function VersionSelect({name, label, value, versions}: {name: string; label: string; value: number; versions: CompareData['versions']}): ReactNode {
  return (
    <div>
      <label htmlFor={`compare-${name}`}>{label}</label>
      {/* Keyed by value so that Back and Forward reset the choice to the address. */}
      <select id={`compare-${name}`} name={name} defaultValue={value} key={value}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            Version {v.version} ({longDate(v.effective)}){v.released ? '' : ', not yet released'}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * /procedures/<id>/compare?from=1&to=2: any two versions, section by section,
 * with a word-level redline. The comparison runs in the browser on the same
 * core code as `procedures diff`; the address holds the choice, so it can be
 * shared.
 */
export default function ComparePage({data}: {data: CompareData}): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const query = new URLSearchParams(location.search);
  const pair = pickPair(data, query.get('from'), query.get('to'));
  const byNumber = (n: number) => data.versions.find((v) => v.version === n)!;
  const comparison = pair && compareSections(byNumber(pair.from).sections, byNumber(pair.to).sections);
  const title = `${data.number} ${data.title}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    history.push(`?from=${String(form.get('from'))}&to=${String(form.get('to'))}`);
  };

  return (
    <Layout title={`Compare versions of ${title}`} description={`What changed between versions of ${title}.`}>
      <main className="container margin-vert--lg">
        <Heading as="h1">Compare versions of {title}</Heading>
        <p>
          <Link to={data.historyUrl}>All versions of this chapter</Link>
        </p>
        {!pair || !comparison ? (
          <p>This chapter has only one version so far: there is nothing to compare.</p>
        ) : (
          <>
            <form className={styles.pickers} onSubmit={submit} method="get">
              <VersionSelect name="from" label="From" value={pair.from} versions={data.versions} />
              <VersionSelect name="to" label="To" value={pair.to} versions={data.versions} />
              <button type="submit" className="button button--primary">
                Compare
              </button>
            </form>
            <section aria-labelledby="compare-summary" className={styles.summary}>
              <Heading as="h2" id="compare-summary">
                Version {pair.from} to version {pair.to}: {summariseComparison(comparison)}
              </Heading>
              <p data-testid="drafted-note">
                <strong>Drafted change note:</strong> {draftChangeNote(comparison)}.
              </p>
              <p className={styles.legend}>
                In the text below, <ins>inserted words are underlined</ins> and <del>deleted words are struck through</del>.
              </p>
            </section>
            <ol className={styles.changes} aria-label="Sections">
              {comparison.sections.map((change) => (
                <SectionChangeItem key={`${change.from?.anchor}>${change.to?.anchor}`} change={change} />
              ))}
            </ol>
          </>
        )}
      </main>
    </Layout>
  );
}
