import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // `npm run test:unit -- --coverage` reports line coverage of lib/.
    coverage: {
      provider: 'v8',
      include: ['lib/**/*.ts'],
      // Vitest matches these globs anywhere in a path (`app/_lib/x.ts` contains
      // `lib/x.ts`), so the other top-level folders are excluded explicitly.
      exclude: ['lib/**/*.test.ts', 'lib/data/test-report.ts', 'app/**', 'scripts/**', 'components/**'],
      reporter: ['text-summary', 'text'],
    },
  },
});
