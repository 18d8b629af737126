// core/ knows no capability (DESIGN.md): capabilities register what they add — their chunk, their
// methods — and only the composition root names them. This test reads every import specifier of the
// files core depends on (static, `import type`, `export … from`, `import()`, `declare module`) and
// fails when one reaches a capability's folder, directly or through a shared module.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../../src');

/**
 * What core may depend on besides itself: the public types, the shared UI primitives (the shadow-root
 * host, positioning) and the i18n infrastructure every translator needs — the translator and locale
 * negotiation (i18n/index.ts) and the English catalog, which is the default, the fallback and the
 * shape of every catalog (en.ts, and the English lazy chunks bring, en-<chunk>.ts: plain strings whose
 * keys are part of that shape). The other catalogs are one chunk per locale (`locale-pl` …), loaded through the entries.
 */
const SHARED = [/^core\//, /^types\.ts$/, /^ui\//, /^i18n\/index\.ts$/, /^i18n\/catalogs\/en(-[a-z]+)?\.ts$/];
const isShared = (file: string) => SHARED.some((pattern) => pattern.test(file));

/** Every module specifier in a source text. */
function specifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

/** The src-relative file a relative specifier points at, or undefined for packages and missing files. */
function resolveIn(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(SRC, dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  for (const candidate of candidates)
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(SRC, candidate);
  return undefined;
}

function filesUnder(folder: string): string[] {
  return readdirSync(join(SRC, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Each capability file reached from core, with the chain of imports that reaches it. */
function capabilityImports(): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const queue = filesUnder('core').map((file) => [file]);
  while (queue.length) {
    const chain = queue.shift()!;
    const file = chain[chain.length - 1]!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of specifiers(readFileSync(join(SRC, file), 'utf8'))) {
      const target = resolveIn(file, specifier);
      if (!target) continue;
      if (isShared(target)) queue.push([...chain, target]);
      else found.push([...chain, target].join(' → '));
    }
  }
  return found;
}

describe('core/ and the capabilities', () => {
  it.each([
    ['a static import', "import { x } from '../kb/index';"],
    ['a type-only import', "import type { Tip } from '../tips';"],
    ['a re-export', "export { guides } from '../guides';"],
    ['a dynamic import', "const load = () => import('../panel/content/index');"],
    ['a side-effect import', "import '../tours/register';"],
  ])('the import reader sees %s', (_, source) => {
    expect(specifiers(source)).toHaveLength(1);
    expect(specifiers(source)[0]).toMatch(/^\.\.\/[a-z]/);
  });

  it('core imports nothing from a capability folder, directly or through a shared module', () => {
    expect(filesUnder('core').length).toBeGreaterThan(5);
    expect(capabilityImports()).toEqual([]);
  });
});
