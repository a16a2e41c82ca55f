// How the command line shows problems: a diagnostic as `file:line:column: severity: message`,
// an error with the offending line and a caret under the column, every failure as one
// `verbatim: …` line (never a stack trace), and the exit code each kind of failure gets.
import { readFileSync } from 'node:fs';
import { ConfigError } from '../config/config.ts';
import { BuildError, formatDiagnostic, UsageError } from '../site/errors.ts';
import type { Diagnostic } from '../types.ts';

export const exitCodes = { success: 0, inputError: 1, usageError: 2 } as const;

/** The source line a diagnostic points at and a caret under its column, or nothing if the file cannot be read. */
export function excerpt(diagnostic: Pick<Diagnostic, 'file' | 'line' | 'column'>): string[] {
  let text: string;
  try {
    text = readFileSync(diagnostic.file, 'utf8');
  } catch {
    return [];
  }
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/)[diagnostic.line - 1];
  if (line === undefined) return [];
  // Long lines (a scraped page on one line) are cut around the column, so the caret stays on screen.
  const start = Math.max(0, diagnostic.column - 60);
  const shown = (start > 0 ? '…' : '') + line.slice(start, start + 120).replace(/\t/g, ' ');
  const number = String(diagnostic.line);
  const caretAt = diagnostic.column - 1 - start + (start > 0 ? 1 : 0);
  return [`  ${number} | ${shown}`, `  ${' '.repeat(number.length)} | ${' '.repeat(Math.max(0, caretAt))}^`];
}

/** A diagnostic as its one line, and for an error the line of the file it points at, with a caret. */
export function describeDiagnostic(diagnostic: Diagnostic): string {
  const lines = [formatDiagnostic(diagnostic)];
  if (diagnostic.severity === 'error') lines.push(...excerpt(diagnostic));
  return lines.join('\n');
}

/** A config error's message already starts `file:line:column:`; as a diagnostic it gets an excerpt too. */
export function configDiagnostic(error: ConfigError): Diagnostic | null {
  const match = /^(.+?):(\d+):(\d+): (.*)$/s.exec(error.message);
  if (!match) return null;
  return { file: match[1]!, line: Number(match[2]), column: Number(match[3]), message: match[4]!, severity: 'error' };
}

/** What a failed command prints (to stderr) and the exit code it ends with. */
export function describeFailure(error: unknown): { text: string; exitCode: number } {
  if (error instanceof BuildError) {
    const lines = error.diagnostics.map(describeDiagnostic);
    lines.push(`verbatim: ${error.message}; the previous output was left as it was`);
    return { text: lines.join('\n'), exitCode: exitCodes.inputError };
  }
  if (error instanceof UsageError) return { text: `verbatim: ${error.message}`, exitCode: error.exitCode };
  if (error instanceof ConfigError) {
    const diagnostic = configDiagnostic(error);
    return { text: [error.message, ...(diagnostic ? excerpt(diagnostic) : [])].join('\n'), exitCode: exitCodes.inputError };
  }
  // File system trouble (a folder that vanished, a full disk): one line, the system's own words.
  const message = error instanceof Error ? error.message : String(error);
  const stack = process.env.VERBATIM_DEBUG && error instanceof Error ? `\n${error.stack}` : '';
  return { text: `verbatim: ${message}${stack}`, exitCode: exitCodes.inputError };
}

/** The diagnostics of a failure, for `--json` output and the dev server's overlay. */
export function failureDiagnostics(error: unknown): Diagnostic[] {
  if (error instanceof BuildError) return error.diagnostics;
  if (error instanceof ConfigError) {
    const diagnostic = configDiagnostic(error);
    if (diagnostic) return [diagnostic];
  }
  return [];
}

/** Counts for a summary line: "1 error, 3 warnings". */
export function countWords(count: number, singular: string): string {
  return `${count} ${count === 1 ? singular : `${singular}s`}`;
}
