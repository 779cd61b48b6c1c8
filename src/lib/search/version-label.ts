import {longDate} from '../dates';
import type {IndexedDoc} from './manifest';

/** How a result from a past version is labelled: "Version 1, in force from 1 April 2008 to 31 January 2009". */
export function pastVersionLabel(doc: IndexedDoc): string | undefined {
  if (doc.current) return undefined;
  return `Version ${doc.version}, in force from ${longDate(doc.effective)}${doc.until ? ` to ${longDate(doc.until)}` : ''}`;
}
