import { describe, expect, it } from 'vitest';
import { readEnv as readEnvFrom, readPort } from '../../lib/env';

const readEnv = (vars: Record<string, string>) => readEnvFrom({ NODE_ENV: 'test', ...vars });

describe('RAQMI_PUBLIC_URL', () => {
  it('defaults to no configured origin (the local default comes from PORT)', () => {
    expect(readEnv({}).RAQMI_PUBLIC_URL).toBeUndefined();
  });

  it.each([
    ['https://raqmi.example', 'https://raqmi.example'],
    ['https://raqmi.example/', 'https://raqmi.example'],
    ['http://localhost:8080', 'http://localhost:8080'],
  ])('takes %s as the origin %s', (value, origin) => {
    expect(readEnv({ RAQMI_PUBLIC_URL: value }).RAQMI_PUBLIC_URL).toBe(origin);
  });

  it.each([
    'raqmi.example',
    'ftp://raqmi.example',
    'https://raqmi.example/jobs',
    'https://u:p@raqmi.example',
    'https://raqmi.example/?x=1',
  ])('refuses %j at start with a clear message', (value) => {
    expect(() => readEnv({ RAQMI_PUBLIC_URL: value })).toThrow(/RAQMI_PUBLIC_URL/);
  });
});

// Regression: `RAQMI_PUBLIC_URL=` (a .env template's blank line, `export X=`) stopped every
// command as a malformed URL, and other blanks were worse: RAQMI_SEARCH_CONCURRENCY= lifted the
// search limit (Number('') is 0) and RAQMI_CONTACT_URL= linked to nothing. A blank is unset.
describe('a setting given as the empty string', () => {
  const SETTINGS = [
    'RAQMI_DB',
    'RAQMI_DEMO_DB',
    'RAQMI_REPLAY',
    'RAQMI_NOW',
    'RAQMI_SCHEDULER',
    'RAQMI_ATS_BOARDS',
    'RAQMI_CLOSE_AFTER_DAYS',
    'RAQMI_LIST_CACHE',
    'RAQMI_SEARCH_CONCURRENCY',
    'RAQMI_TRUST_PROXY',
    'RAQMI_CONTACT_URL',
    'RAQMI_PUBLIC_URL',
    'RAQMI_SMTP_URL',
    'RAQMI_MAIL_FROM',
    'RAQMI_OUTBOX',
    'RAQMI_SECRET',
    'RAQMI_PAGE_CACHE',
  ];

  it.each(SETTINGS)('%s= counts as unset: no error, its default', (name) => {
    expect(readEnv({ [name]: '' })).toEqual(readEnv({}));
  });

  it('PORT= counts as unset: 3000', () => {
    expect(readPort({ PORT: '' })).toBe(3000);
  });
});

describe('PORT', () => {
  it('defaults to 3000', () => {
    expect(readPort({})).toBe(3000);
  });

  it('is not part of the settings every command reads: a PORT meant for another program stops no migration', () => {
    expect(() => readEnv({ PORT: 'abc' })).not.toThrow();
  });

  it.each([
    ['3000', 3000],
    [' 8080 ', 8080],
    ['65535', 65535],
  ])('takes %j as port %i', (value, port) => {
    expect(readPort({ PORT: value })).toBe(port);
  });

  it.each(['abc', '0', '99999', '80.5', '-1', ' ', '1e3'])('refuses %j, saying what a port is and what was given', (value) => {
    expect(() => readPort({ PORT: value })).toThrow(`PORT: must be a whole number from 1 to 65535, not ${JSON.stringify(value)}`);
  });
});
