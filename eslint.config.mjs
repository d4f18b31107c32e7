// ESLint: Next's rules, typescript-eslint, and the import boundaries of STYLE.md enforced per
// folder: lib imports only lib; db imports lib; scrapers import lib and db; worker imports lib, db
// and scrapers; app imports lib and db/queries (never tables, never scrapers, never the worker).
// Only scripts/ (entry points) may import the worker.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const boundary = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'node_modules/**', 'data/**', 'bench/tmp/**', 'next-env.d.ts'] },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  boundary(
    ['lib/**/*.ts'],
    [
      { group: ['**/db/*', '**/db/**', '../db', '../../db'], message: 'lib is pure: it imports only lib.' },
      { group: ['**/scrapers/**', '**/app/**', '**/worker/**'], message: 'lib is pure: it imports only lib.' },
    ],
  ),
  boundary(['db/**/*.ts'], [{ group: ['**/scrapers/**', '**/app/**', '**/worker/**'], message: 'db imports only lib.' }]),
  boundary(
    ['scrapers/**/*.ts'],
    [{ group: ['**/app/**', '**/worker/**'], message: 'scrapers import lib and db, never app or the worker.' }],
  ),
  boundary(['worker/**/*.ts'], [{ group: ['**/app/**'], message: 'the worker imports lib, db and scrapers, never app.' }]),
  // alerts: the digest job and sign-up (mail I/O); imports lib and db; app and the worker may use it.
  boundary(['alerts/**/*.ts'], [{ group: ['**/scrapers/**', '**/app/**', '**/worker/**'], message: 'alerts import lib and db only.' }]),
  boundary(
    ['server/**/*.ts'],
    [
      { group: ['**/scrapers/**', '**/app/**', '**/worker/**'], message: 'the server imports lib and db/queries only.' },
      { group: ['**/db/schema', '**/db/client'], message: 'the server reads through db/queries only.' },
    ],
  ),
  boundary(
    ['app/**/*.ts', 'app/**/*.tsx'],
    [
      { group: ['**/scrapers/**', '**/worker/**'], message: 'app never imports scrapers or the worker.' },
      { group: ['**/db/schema', '**/db/client'], message: 'app reads through db/queries only.' },
    ],
  ),
];

export default config;
