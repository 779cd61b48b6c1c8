import {longDate} from '../dates';
import type {IndexedDoc} from './manifest';

/** How a result from a past version is labelled: "Version 1, in force from 1 April 2008 to 31 January 2009". */
export function pastVersionLabel(doc: IndexedDoc): string | undefined {
  if (doc.current) return undefined;
  return `Version ${doc.version}, in force from ${longDate(doc.effective)}${doc.until ? ` to ${longDate(doc.until)}` : ''}`;
}

/** A result group's heading: "4.4 Child Abuse and …", or "Glossary". */
export function docLabel(doc: IndexedDoc): string {
  return doc.glossary ? doc.title : `${doc.number} ${doc.title}`;
}

/** What comes before a hit's heading: "Section 2: " in a chapter; a glossary hit is the term alone. */
export function sectionPrefix(doc: IndexedDoc, section: number, short = false): string {
  if (doc.glossary) return '';
  return short ? `s${section} ` : `Section ${section}: `;
}
