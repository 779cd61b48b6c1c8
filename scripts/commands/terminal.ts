import {createInterface, type Interface} from 'node:readline/promises';

/** Where a command asks its questions: the real terminal, or a fake one in the tests. */
export interface Terminal {
  /** Whether someone can answer: never wait for input that cannot come. */
  interactive: boolean;
  ask(question: string): Promise<string>;
  close(): void;
}

/** The person at the terminal stopped (Ctrl-C or Ctrl-D) before answering. */
export class NoAnswerError extends Error {
  constructor() {
    super('stopped before every question was answered');
  }
}

/** The process's own terminal: interactive only when both input and output are one. */
export function processTerminal(): Terminal {
  let lines: Interface | undefined;
  return {
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    ask: async (question) => {
      lines ??= createInterface({input: process.stdin, output: process.stdout});
      try {
        return await lines.question(question);
      } catch (error) {
        if ((error as {code?: string}).code === 'ABORT_ERR') throw new NoAnswerError();
        throw error;
      }
    },
    close: () => lines?.close(),
  };
}
