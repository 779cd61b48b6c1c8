// The benchmarks' peer: plain Docusaurus (classic preset, docs only, the same
// Rspack bundler) building the same chapters, with none of our plugin or theme.
module.exports = {
  title: 'Plain Docusaurus',
  url: 'https://example.org',
  baseUrl: '/',
  onBrokenLinks: 'warn',
  markdown: {format: 'detect', hooks: {onBrokenMarkdownLinks: 'warn'}},
  future: {faster: true, v4: {removeLegacyPostBuildHeadAttribute: true}},
  presets: [['classic', {docs: {path: process.env.PROCEDURES_DOCS, routeBasePath: 'procedures'}, blog: false, pages: false}]],
};
