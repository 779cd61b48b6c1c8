import {buildManual, type BuildOptions} from './build-manual';
import {parseYaml, validateWith} from './read-yaml';
import {checkGlossaryLinks} from './glossary/check-glossary-links';
import {checkGlossaryRelated, GLOSSARY_FILE, readGlossary} from './glossary/glossary';
import {checkAgainstHistory} from './history/check-history';
import {loadHistory, type History, type HistorySources} from './history/load-history';
import type {Manual, SourceFile} from './model';
import {DEFAULT_OPTIONS} from './options';
import {parseChapter, type ParsedChapter} from './parse-chapter';
import type {Problem} from './problems';
import {manualConfigSchema, type ManualConfig} from './schema';

export type LoadResult = {manual: Manual; history?: History; problems: Problem[]} | {manual?: undefined; history?: undefined; problems: Problem[]};

export interface LoadOptions extends Partial<Omit<BuildOptions, 'history'>> {
  /** Reuse chapters and released versions parsed before (the dev server re-reads on every edit). */
  parse?: (source: SourceFile) => ParsedChapter;
  /** The history folder, with the hash function its records use. */
  history?: {sources: HistorySources; hashOf: (text: string) => string};
  /** The glossary file, when the manual has one. */
  glossary?: SourceFile;
}

/** The manual from its settings file, chapter files and, when given, its history. */
export function loadManual(configSource: SourceFile, chapterSources: readonly SourceFile[], options: LoadOptions = {}): LoadResult {
  const {config, problems} = readManualConfig(configSource);
  if (!config) return {problems};
  const history = options.history && loadHistory(options.history.sources, options.history.hashOf, options.parse);
  const built = buildManual(config, chapterSources.map(options.parse ?? parseChapter), {
    ...(options.today ? {today: options.today} : {}),
    routeBasePath: options.routeBasePath ?? DEFAULT_OPTIONS.routeBasePath,
    history: history && {
      versionsOf: (id) => history.versions.get(id)?.map((v) => v.version) ?? [],
      formerIds: formerIds(history),
    },
  });
  const manual = withGlossary(built, options.glossary, configSource.file);
  if (!history) return {manual, problems: manual.problems};
  return {manual, history, problems: [...manual.problems, ...history.problems, ...checkAgainstHistory(manual, history, options.history!.hashOf)]};
}

/** The manual with its glossary read and checked against the chapters, and the chapters' links to it checked. */
function withGlossary(manual: Manual, source: SourceFile | undefined, configFile: string): Manual {
  const read = source ? readGlossary(source) : {problems: []};
  const {glossary} = read;
  const expectedFile = configFile.replace(/[^/]*$/, GLOSSARY_FILE);
  const problems = [
    ...read.problems,
    ...(glossary ? checkGlossaryRelated(glossary, new Set(manual.byId.keys())) : []),
    ...checkGlossaryLinks(manual.chapters, glossary, expectedFile),
  ];
  return {...manual, ...(glossary ? {glossary} : {}), problems: [...manual.problems, ...problems]};
}

/** What became of each withdrawn id, as a hint for references to it. */
function formerIds(history: History): Map<string, string> {
  return new Map(
    [...history.withdrawn].map(([id, {release, replacedBy}]) => [
      id,
      `\`${id}\` was withdrawn in ${release.title}: ${replacedBy ? `refer to \`${replacedBy}\`, which replaced it` : 'remove the reference'}.`,
    ]),
  );
}

export function readManualConfig(source: SourceFile): {config?: ManualConfig; problems: Problem[]} {
  const yaml = parseYaml(source.file, {text: source.text.replace(/^\uFEFF/, ''), firstLine: 1, label: source.file});
  if (yaml.problems.length > 0) return {problems: yaml.problems};
  const {value, problems} = validateWith(source.file, manualConfigSchema, yaml, Object.keys(manualConfigSchema.shape));
  return {config: value, problems: problems.map((p) => ({...p, code: p.code === 'YAML_INVALID' ? p.code : 'MANUAL_CONFIG_INVALID'}))};
}
