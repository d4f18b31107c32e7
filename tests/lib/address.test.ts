// Issue 9, item 1: which addresses the scrapers may reach, and which links a posting may carry.
import { describe, expect, it } from 'vitest';
import { isInternalHostLiteral, isPublicAddress } from '../../lib/net/address';
import { normalisePosting } from '../../lib/postings/normalise';

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.0.1',
    '169.254.169.254',
    '100.64.1.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    'fe80::1',
    'fe80::1%eth0',
    'fc00::1',
    'fd00:ec2::254',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::127.0.0.1',
    '64:ff9b::7f00:1',
    '2002:7f00:1::',
    '[::1]',
    'not-an-ip',
  ])('refuses %s', (ip) => expect(isPublicAddress(ip)).toBe(false));

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '192.0.2.1', '2606:4700::1111', '::ffff:8.8.8.8', '2001:db8::1'])('accepts %s', (ip) =>
    expect(isPublicAddress(ip)).toBe(true),
  );
});

describe('links in postings', () => {
  it.each(['127.0.0.1', '[::1]', 'localhost', 'admin.localhost', 'printer.local', 'intranet', '169.254.169.254', '[::ffff:7f00:1]'])(
    'calls %s internal',
    (host) => expect(isInternalHostLiteral(host.replace(/^\[|\]$/g, ''))).toBe(true),
  );

  const base = { externalId: 'x', title: 'SEO lead', hints: {} };
  it.each([
    'http://127.0.0.1:8080/admin',
    'http://0x7f.1/admin',
    'http://[::1]/',
    'http://localhost/jobs',
    'http://169.254.169.254/latest/meta-data',
    'ftp://example.com/job',
    'http://user:pass@example.com/job',
    'http://2130706433/',
  ])('drops a posting whose URL is %s', (url) => {
    expect(() => normalisePosting({ ...base, url }, { source: 'mostaql', sourceKey: 'mostaql' })).toThrow(/no usable URL/);
  });

  it.each(['http://10.0.0.5/apply', 'javascript:alert(1)', 'http://localhost:3000/apply', 'file:///etc/passwd'])(
    'drops an apply link to %s',
    (applyUrl) => {
      expect(
        normalisePosting({ ...base, url: 'https://mostaql.com/project/1', applyUrl }, { source: 'mostaql', sourceKey: 'mostaql' }).applyUrl,
      ).toBeNull();
    },
  );
});
