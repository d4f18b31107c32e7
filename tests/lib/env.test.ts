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
    '',
  ])('refuses %j at start with a clear message', (value) => {
    expect(() => readEnv({ RAQMI_PUBLIC_URL: value })).toThrow(/RAQMI_PUBLIC_URL/);
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

  it.each(['abc', '0', '99999', '80.5', '-1', '', '1e3'])('refuses %j, saying what a port is and what was given', (value) => {
    expect(() => readPort({ PORT: value })).toThrow(`PORT: must be a whole number from 1 to 65535, not ${JSON.stringify(value)}`);
  });
});
