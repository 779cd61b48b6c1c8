import {buildManual, type BuildOptions} from './build-manual';
import {parseYaml, validateWith} from './frontmatter';
import type {Manual, SourceFile} from './model';
import {parseChapter, type ParsedChapter} from './parse-chapter';
import type {Problem} from './problems';
import {manualConfigSchema, type ManualConfig} from './schema';

export type LoadResult = {manual: Manual; problems: Problem[]} | {manual?: undefined; problems: Problem[]};

/**
 * The manual from its settings file and chapter files. `parse` lets a shell
 * reuse chapters it parsed before (the dev server re-reads on every edit).
 */
export function loadManual(
  configSource: SourceFile,
  chapterSources: readonly SourceFile[],
  options: BuildOptions & {parse?: (source: SourceFile) => ParsedChapter} = {},
): LoadResult {
  const {config, problems} = readManualConfig(configSource);
  if (!config) return {problems};
  const manual = buildManual(config, chapterSources.map(options.parse ?? parseChapter), options);
  return {manual, problems: manual.problems};
}

export function readManualConfig(source: SourceFile): {config?: ManualConfig; problems: Problem[]} {
  const yaml = parseYaml(source.file, {text: source.text.replace(/^\uFEFF/, ''), firstLine: 1});
  if (yaml.problems.length > 0) return {problems: yaml.problems};
  const {value, problems} = validateWith(source.file, manualConfigSchema, yaml, Object.keys(manualConfigSchema.shape));
  return {config: value, problems: problems.map((p) => ({...p, code: p.code === 'YAML_INVALID' ? p.code : 'MANUAL_CONFIG_INVALID'}))};
}
