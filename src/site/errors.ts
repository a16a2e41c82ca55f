// Errors that stop a build, each able to say where it happened as file:line:column.
import type { Diagnostic } from '../types.ts';

export interface Problem {
  line: number;
  column: number;
  message: string;
}

export class InputError extends Error {
  /** Every problem found in the file, the first being this error's own. */
  readonly problems: Problem[];
  constructor(readonly file: string, readonly line: number, readonly column: number, message: string, problems?: Problem[]) {
    super(message);
    this.problems = problems && problems.length > 0 ? problems : [{ line, column, message }];
  }
  toDiagnostic(): Diagnostic {
    return { file: this.file, line: this.line, column: this.column, message: this.message, severity: 'error' };
  }
  toDiagnostics(): Diagnostic[] {
    return this.problems.map((problem) => ({ file: this.file, ...problem, severity: 'error' as const }));
  }
}

/** A problem with the command, its folders or the machine: printed as one `verbatim: …` line. */
export class UsageError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = 1) {
    super(message);
  }
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const label = diagnostic.severity === 'warning' ? 'warning: ' : 'error: ';
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${label}${diagnostic.message}`;
}

/** A build that stopped on errors: every diagnostic it found, so one run reports them all. */
export class BuildError extends Error {
  constructor(readonly diagnostics: Diagnostic[], message?: string) {
    super(message ?? `build failed with ${diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length} error(s)`);
  }
}
