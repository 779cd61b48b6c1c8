import {expect, it} from 'vitest';
import {compareChapterNumbers} from './chapter-number';

it('orders chapter numbers part by part as integers', () => {
  const numbers = ['4.10', '1.1', '4.2', '10.1', '4.1.2', '4', '2.10', '2.9'];
  expect([...numbers].sort(compareChapterNumbers)).toEqual(['1.1', '2.9', '2.10', '4', '4.1.2', '4.2', '4.10', '10.1']);
});
