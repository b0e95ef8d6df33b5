/**
 * Every regular-expression literal in the code that reads untrusted input (pipeline, export/import, model) is
 * checked for super-linear backtracking with recheck. Literals are found by parsing the sources (Vite's parser),
 * so a new regex is linted without anyone having to list it. The temporal tagger's built patterns are linted in
 * src/pipeline/temporal/safety.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src/pipeline', 'src/export', 'src/model'];
/** Files whose regexes never see input from users: they rewrite the site's own built HTML. */
const TRUSTED_INPUT_ONLY = new Set(['src/pipeline/vitePagePlugin.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__fixtures__' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|spec|testHelper)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function regexLiterals(file: string): Array<{ pattern: string; flags: string }> {
  const found: Array<{ pattern: string; flags: string }> = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; regex?: { pattern: string; flags: string } };
    if (n.type === 'Literal' && n.regex) found.push(n.regex);
    for (const value of Object.values(node)) walk(value);
  };
  walk(parseAst(readFileSync(file, 'utf8'), { lang: file.endsWith('x') ? 'tsx' : 'ts' } as never));
  return found;
}

const literals = ROOTS.flatMap(sourceFiles).filter((file) => !TRUSTED_INPUT_ONLY.has(file)).flatMap((file) => regexLiterals(file).map((r) => ({ file, ...r })));
const unique = [...new Map(literals.map((l) => [`${l.flags} ${l.pattern}`, l])).values()];

describe('regex literals in the input-facing code', () => {
  it('are found by parsing the sources', () => {
    expect(unique.length).toBeGreaterThan(20);
  });

  it.each(unique.map((l) => [`${l.file}: /${l.pattern}/${l.flags}`, l] as const))('%s is linear-time', (_, l) => {
    const diagnostics = checkSync(l.pattern, l.flags.replace(/[gy]/g, ''), { timeout: 10_000 });
    expect(diagnostics.status, diagnostics.status === 'vulnerable' ? `${diagnostics.complexity.type}: ${diagnostics.attack.pattern}` : '').toBe('safe');
  });
});
