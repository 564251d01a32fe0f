import * as path from 'path';

/**
 * A problem with a file the user gave (missing, not a workbook, password-protected, …) or with where the
 * output should go. The message is one line that names the file and says what is wrong; the command line
 * prints it as it is and exits with code 2. Never used for findings in the data (those are Diagnostics).
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(oneLine(file, message));
    this.name = 'InputError';
  }
}

/** One line, naming the file: "report.xlsx: is empty (0 bytes)". */
function oneLine(file: string, message: string): string {
  const text = message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  if (!file) return text;
  if (text.includes(file) || text.includes(path.basename(file))) return text;
  return `${file}: ${text}`;
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
