// Errors that stop a build, each able to say where it happened as file:line:column.
import type { Diagnostic } from '../types.ts';

export class InputError extends Error {
  constructor(readonly file: string, readonly line: number, readonly column: number, message: string) {
    super(message);
  }
  toDiagnostic(): Diagnostic {
    return { file: this.file, line: this.line, column: this.column, message: this.message, severity: 'error' };
  }
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const label = diagnostic.severity === 'warning' ? 'warning: ' : 'error: ';
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${label}${diagnostic.message}`;
}
