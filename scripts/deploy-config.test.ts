import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, IMMUTABLE, MIME_TYPES, REVALIDATE, SECURITY_HEADERS } from './serve';

// The shipped host configurations promise the bundled server's headers; these checks keep the three files in step
// with scripts/serve.ts when either changes. `npm run test:deploy` checks nginx's answers themselves.
const nginx = readFileSync('deploy/nginx.conf', 'utf8');
const headersFile = readFileSync('deploy/_headers', 'utf8');

/** `add_header Name "value"` lines of one nginx location block, by the block's opening line. */
function nginxHeaders(locationLine: string): Map<string, string> {
  const start = nginx.indexOf(locationLine);
  expect(start, locationLine).toBeGreaterThanOrEqual(0);
  const block = nginx.slice(start, nginx.indexOf('\n    }', start));
  return new Map([...block.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((m) => [m[1]!, m[2]!]));
}

/** The headers `_headers` sets for one path rule. */
function hostHeaders(rule: string): Map<string, string> {
  const lines = headersFile.split('\n');
  const start = lines.indexOf(rule);
  expect(start, rule).toBeGreaterThanOrEqual(0);
  const headers = new Map<string, string>();
  for (const line of lines.slice(start + 1)) {
    const match = /^ {2}([\w-]+): (.*)$/.exec(line);
    if (!match) break;
    headers.set(match[1]!, match[2]!);
  }
  return headers;
}

describe('deploy/nginx.conf', () => {
  const locations = {
    pages: 'location / {',
    hashed: 'location ~ ^(/[A-Za-z0-9._~-]+)*/(_next/static|assets)/ {',
    data: 'location ~ ^(/[A-Za-z0-9._~-]+)*/data/ {',
  };

  it('sends the security headers of the bundled server in every location', () => {
    for (const line of Object.values(locations)) {
      const headers = nginxHeaders(line);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(headers.get(name), `${line} ${name}`).toBe(value);
    }
    expect(nginxHeaders(locations.pages).get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('caches hashed files for a year, revalidates the rest, and opens /data/ to other origins', () => {
    expect(nginxHeaders(locations.hashed).get('Cache-Control')).toBe(IMMUTABLE);
    expect(nginxHeaders(locations.pages).get('Cache-Control')).toBe(REVALIDATE);
    expect(nginxHeaders(locations.data).get('Access-Control-Allow-Origin')).toBe('*');
    expect(nginxHeaders(locations.pages).has('Access-Control-Allow-Origin')).toBe(false);
  });

  it('types every extension as the bundled server does', () => {
    const block = /types \{([^}]*)\}/.exec(nginx)?.[1] ?? '';
    const types = new Map<string, string>();
    for (const line of block.split('\n')) {
      const [type, ...extensions] = line.trim().replace(/;$/, '').split(/\s+/);
      for (const extension of extensions) if (type) types.set(`.${extension}`, type);
    }
    const expected = Object.fromEntries(
      Object.entries(MIME_TYPES).map(([extension, type]) => [extension, type.split(';')[0]!]),
    );
    expect(Object.fromEntries(types)).toEqual(expected);
  });
});

describe('deploy/_headers', () => {
  it('sends the security headers everywhere, a year of cache on hashed files and CORS on /data/', () => {
    const all = hostHeaders('/*');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(all.get(name), name).toBe(value);
    expect(hostHeaders('/_next/static/*').get('Cache-Control')).toBe(IMMUTABLE);
    expect(hostHeaders('/assets/*').get('Cache-Control')).toBe(IMMUTABLE);
    expect(hostHeaders('/data/*').get('Access-Control-Allow-Origin')).toBe('*');
  });
});
