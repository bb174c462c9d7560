import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/** Import paths of one layer, by alias and by relative path. */
const layer = (name) => [`@/${name}`, `@/${name}/**`, `**/${name}/**`, `../${name}`, `../../${name}`];

// The layers (docs/ARCHITECTURE.md): lib/ is pure TypeScript; only components/map/ touches MapLibre; nothing
// imports a route.
const layerRules = [
  // Later entries override earlier ones for the files they match: the general rule first.
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    ignores: ['components/map/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'maplibre-gl', message: 'Only components/map/ imports MapLibre (docs/ARCHITECTURE.md).' }],
          patterns: [{ group: layer('app'), message: 'Routes are imported by nothing (docs/ARCHITECTURE.md).' }],
        },
      ],
    },
  },
  // app/_lib/ is the routes' own glue (metadata, the route files' shared body): routes and build scripts use it.
  {
    files: ['app/**', 'scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'maplibre-gl', message: 'Only components/map/ imports MapLibre (docs/ARCHITECTURE.md).' }],
          patterns: [
            {
              regex: '^(@/|(\\.\\./)+)app(/(?!_lib/).*)?$',
              message: 'Routes are imported by nothing but their glue in app/_lib/ (docs/ARCHITECTURE.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'maplibre-gl'].map((name) => ({
            name,
            message: 'lib/ is pure TypeScript: no React and no MapLibre (docs/ARCHITECTURE.md, "Layers").',
          })),
          patterns: [
            {
              group: ['react/*', 'react-dom/*', ...layer('components'), ...layer('app'), ...layer('scripts')],
              message: 'lib/ imports only lib/, data/ and plain packages (docs/ARCHITECTURE.md, "Layers").',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/map/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: layer('app'), message: 'Routes are imported by nothing (docs/ARCHITECTURE.md).' }] },
      ],
    },
  },
];

const serverOnlyPaths = [
  { name: 'zod', message: 'zod stays out of the browser bundle (validate at build time).' },
  {
    name: '@/lib/data/schema',
    allowTypeImports: true,
    message: 'Import types from lib/data/schema.ts, values from lib/data/vocabulary.ts: the schema module loads zod.',
  },
];
const catalogueMessage =
  'A page ships only its own language: client components get their words from useI18n (components/i18n.tsx).';
const catalogueImports = [
  ...['ui-en', 'site-en'].map((file) => ({
    name: `@/lib/i18n/${file}`,
    allowTypeImports: true,
    message: catalogueMessage,
  })),
  ...['ui-ko', 'ui-zh', 'site-ko', 'site-zh', 'catalogues', 'vocabulary'].map((file) => ({
    name: `@/lib/i18n/${file}`,
    message: catalogueMessage,
  })),
];

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  ...layerRules,
  // Browser code uses types from lib/data/schema.ts and plain lists from lib/data/vocabulary.ts: zod stays on the server.
  // It gets its words as props (one language per page, components/i18n.tsx), never by importing a catalogue.
  {
    files: ['components/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [...serverOnlyPaths, ...catalogueImports] }],
    },
  },
  // Server components that render whole pages may read every language (they ship HTML, not catalogues), and each
  // language's dashboard module carries that language's words into its own script chunk.
  {
    files: ['components/about-*.tsx', 'components/report-page*.tsx', 'components/dashboard-{en,ko,zh}.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: serverOnlyPaths }] },
  },
  // Playwright fixtures call `use`, which is not React's hook.
  { files: ['e2e/**'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      'out/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      '.bench/**',
    ],
  },
];

export default config;
