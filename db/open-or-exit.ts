// The database step of every command a person starts: the migrated database, or one line on
// stderr naming the file and what is wrong with it, and exit 1. A file that is not SQLite, one a
// newer Raqmi wrote, or one this user may not open is the operator's to fix: no stack trace.
import { createDb, DatabaseProblem, type Db } from './client';

// SQLite's codes for a file it cannot use, in the words an operator needs.
const SQLITE_PROBLEMS: Record<string, string> = {
  SQLITE_NOTADB: 'not a SQLite database (or an encrypted one)',
  SQLITE_CORRUPT: 'the database file is damaged',
  SQLITE_CANTOPEN: 'cannot be opened (check the path and its folder)',
  SQLITE_READONLY: 'is read-only for this user',
  SQLITE_PERM: 'is not readable by this user',
};

function problemOf(error: unknown): string | undefined {
  if (error instanceof DatabaseProblem) return error.message;
  const code = String((error as { code?: unknown }).code ?? '');
  return SQLITE_PROBLEMS[code] ?? SQLITE_PROBLEMS[code.replace(/_[A-Z]+$/, '')];
}

export function createDbOrExit(command: string, file: string): Db {
  try {
    return createDb(file);
  } catch (error) {
    const problem = problemOf(error);
    if (problem === undefined) throw error;
    console.error(`${command}: ${file}: ${problem}`);
    process.exit(1);
  }
}
