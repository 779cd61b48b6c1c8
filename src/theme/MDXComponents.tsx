import GlossaryTerm from '@site/src/components/Glossary/GlossaryTerm';
import MDXComponents from '@theme-original/MDXComponents';

/** Docusaurus's Markdown elements, and the glossary term the chapter pipeline adds (see remark/glossary-terms). */
export default {...MDXComponents, GlossaryTerm};
