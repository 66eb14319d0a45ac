import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The import boundaries that keep the architecture visible: pure rules at the bottom, features side by side.
const SRC = resolve(import.meta.dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

interface ImportEdge {
  from: string;
  to: string;
}

function importsOf(file: string): ImportEdge[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2]!,
  );
  return specifiers.map((specifier) => ({
    from: relative(SRC, file),
    to: specifier.startsWith('.') ? relative(SRC, resolve(dirname(file), specifier)) : `package:${specifier}`,
  }));
}

const edges = sourceFiles(SRC).flatMap(importsOf);
const layerOf = (path: string) => path.split('/')[0]!;
const isTest = (path: string) => /\.test\.tsx?$|test-factories/.test(path);

describe('import boundaries', () => {
  it('has source files to check', () => {
    expect(edges.length).toBeGreaterThan(20);
  });

  it('keeps src/domain pure: it imports only itself (and no React, no I/O)', () => {
    const offending = edges.filter(
      (edge) =>
        layerOf(edge.from) === 'domain' &&
        !isTest(edge.from) &&
        (edge.to.startsWith('package:') ? !['package:zod'].includes(edge.to) : layerOf(edge.to) !== 'domain'),
    );
    expect(offending).toEqual([]);
  });

  it('keeps src/data free of React and of the screens', () => {
    const offending = edges.filter(
      (edge) =>
        layerOf(edge.from) === 'data' &&
        (edge.to.startsWith('package:react') || ['features', 'ui', 'app', 'cli'].includes(layerOf(edge.to))),
    );
    expect(offending).toEqual([]);
  });

  it('never lets one feature import another feature', () => {
    const featureOf = (path: string) => (path.startsWith('features/') ? path.split('/')[1] : null);
    const offending = edges.filter((edge) => {
      const from = featureOf(edge.from);
      const to = featureOf(edge.to);
      return from !== null && to !== null && from !== to;
    });
    expect(offending).toEqual([]);
  });

  it('keeps shared ui presentational: it imports no features, app, data loading or command line', () => {
    const offending = edges.filter((edge) => layerOf(edge.from) === 'ui' && ['features', 'app', 'data', 'cli'].includes(layerOf(edge.to)));
    expect(offending).toEqual([]);
  });
});
