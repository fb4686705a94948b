import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import boundaries from 'eslint-plugin-boundaries'
import globals from 'globals'

// The dependency direction (docs/architecture.md): shared <- core <- main/cli, shared <- preload,
// shared/core <- renderer. Renderer never imports main; core never imports electron, node:fs,
// react or any process layer.
const NODE_ONLY = ['electron', 'node:*', 'fs', 'path', 'child_process', 'os']

/** A boundaries policy: files of layer `from` may import files of the layers in `to`. */
const mayImport = (from, to) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: to } } } }
})

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }]
    }
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/include': ['src/**/*'],
      'boundaries/elements': [
        { type: 'shared', pattern: 'src/shared/**' },
        { type: 'core', pattern: 'src/core/**' },
        { type: 'main', pattern: 'src/main/**' },
        { type: 'preload', pattern: 'src/preload/**' },
        { type: 'renderer', pattern: 'src/renderer/**' },
        { type: 'cli', pattern: 'src/cli/**' }
      ],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } }
    },
    rules: {
      // boundaries v7 syntax: one policy per layer, naming every layer it may import.
      'boundaries/dependencies': ['error', {
        default: 'disallow',
        policies: [
          mayImport('shared', ['shared']),
          mayImport('core', ['core', 'shared']),
          mayImport('main', ['main', 'core', 'shared']),
          mayImport('cli', ['cli', 'main', 'core', 'shared']),
          mayImport('preload', ['preload', 'shared']),
          mayImport('renderer', ['renderer', 'core', 'shared'])
        ]
      }]
    }
  },
  {
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: NODE_ONLY, message: 'core and shared are pure: pass values in from main or the CLI.' },
          { group: ['react', 'react-dom', 'react/*'], message: 'core and shared know nothing of the UI.' }
        ]
      }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: NODE_ONLY, message: 'The renderer is sandboxed: reach main through the typed IPC client.' }]
      }]
    }
  },
  {
    // Only the IPC layer may talk to Electron's IPC objects directly.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/ipc/**', 'src/preload/**', 'src/main/index.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.name=/^ipc(Main|Renderer)$/]",
        message: 'Use the typed IPC router (src/main/ipc) or client (src/renderer/ipc).'
      }]
    }
  }
)
