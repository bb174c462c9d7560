import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Every id an element points at (aria-controls, aria-labelledby, aria-describedby, aria-owns,
 * aria-activedescendant, label for, list, headers) exists in the same page, in every page the build wrote: a broken
 * reference leaves a control unnamed or a relation dangling for a screen reader. Read from out/ as served (the build
 * has run before the tests: playwright.config.ts), the way a validator would.
 */
const ID_LIST_ATTRIBUTES = [
  'aria-controls',
  'aria-labelledby',
  'aria-describedby',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'for',
  'list',
  'headers',
];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_next' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** The ids a page defines and the references its elements make, from the markup (no script runs). */
export function brokenReferences(html: string): string[] {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
  const broken: string[] = [];
  for (const attribute of ID_LIST_ATTRIBUTES) {
    const pattern = new RegExp(`\\s${attribute}="([^"]*)"`, 'g');
    for (const match of html.matchAll(pattern))
      for (const id of (match[1] ?? '').split(/\s+/).filter(Boolean))
        if (!ids.has(id)) broken.push(`${attribute}="${id}"`);
  }
  return broken;
}

test('every ARIA and label reference in every page points at an element that exists', () => {
  const files = htmlFiles('out');
  expect(files.length).toBeGreaterThan(50);
  const problems = files.flatMap((file) =>
    brokenReferences(readFileSync(file, 'utf8')).map((problem) => `${file}: ${problem}`),
  );
  expect(problems).toEqual([]);
});

test('the check finds a broken reference when there is one', () => {
  expect(brokenReferences('<button aria-controls="menu">x</button>')).toEqual(['aria-controls="menu"']);
  expect(brokenReferences('<dialog aria-labelledby="h d"><h2 id="h">x</h2></dialog>')).toEqual(['aria-labelledby="d"']);
  expect(brokenReferences('<label for="q">Search</label><input id="q">')).toEqual([]);
});
