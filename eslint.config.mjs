// ESLint: Next's rules, typescript-eslint, and the import boundaries of STYLE.md enforced per
// folder: lib imports only lib; db imports lib; scrapers import lib and db; app imports lib and
// db/queries (never tables, never scrapers).
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
  boundary(['lib/**/*.ts'], [
    { group: ['**/db/*', '**/db/**', '../db', '../../db'], message: 'lib is pure: it imports only lib.' },
    { group: ['**/scrapers/**', '**/app/**'], message: 'lib is pure: it imports only lib.' },
  ]),
  boundary(['db/**/*.ts'], [{ group: ['**/scrapers/**', '**/app/**'], message: 'db imports only lib.' }]),
  boundary(['scrapers/**/*.ts'], [{ group: ['**/app/**'], message: 'scrapers import lib and db, never app.' }]),
  boundary(['server/**/*.ts'], [
    { group: ['**/scrapers/**', '**/app/**'], message: 'the server imports lib and db/queries only.' },
    { group: ['**/db/schema', '**/db/client'], message: 'the server reads through db/queries only.' },
  ]),
  boundary(['app/**/*.ts', 'app/**/*.tsx'], [
    { group: ['**/scrapers/**'], message: 'app never imports scrapers.' },
    { group: ['**/db/schema', '**/db/client'], message: 'app reads through db/queries only.' },
  ]),
];

export default config;
