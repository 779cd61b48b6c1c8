import type {TestProject} from 'vitest/node';
import {ensureChromium} from './chromium';
import {serveBuild} from './serve-build';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = ensureChromium();
  const server = await serveBuild('build');
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  return server.close;
}
