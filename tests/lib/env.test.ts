import { describe, expect, it } from 'vitest';
import { readEnv as readEnvFrom } from '../../lib/env';

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
