import { defineConfig } from 'vitest/config';

// Workspace packages export their built JavaScript by default (what npm users get) and their
// TypeScript source under the `rolekit-source` condition: tests, and every process they start
// (NODE_OPTIONS) or thread (execArgv), run the source, never a stale or missing build.
const source = '--conditions=rolekit-source';

export default defineConfig({
  resolve: { conditions: ['rolekit-source', 'module', 'node', 'development|production'] },
  ssr: { resolve: { conditions: ['rolekit-source', 'module', 'node', 'development|production'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'bench/**/*.test.ts'],
    // One temporary folder per run, removed at its end (scripts/vitest-tmp.ts).
    globalSetup: ['scripts/vitest-tmp.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    execArgv: [source],
    // biome-ignore lint/suspicious/noUndeclaredEnvVars: kept for the processes tests start, not a turbo input.
    env: { NODE_OPTIONS: [process.env['NODE_OPTIONS'], source].filter(Boolean).join(' ') },
  },
});
