// What the renderer e2e harness needs from main, bundled by build-backend.ts into one CommonJS
// file the way electron-vite bundles main: Playwright's own TypeScript loader cannot load every
// main module (ones using import.meta are taken for ES modules under Node 20's module detection).
export { createBackend } from '../../../src/main/handlers/create-backend'
export { createEngine } from '../../../src/main/engine'
