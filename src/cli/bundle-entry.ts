// What bin/minutes.js takes from the bundle (dist/bundle/minutes.cjs, made by tools/bundle.mjs):
// the command, and, in a worker thread, the render worker, which starts serving on load.
export { main } from './main.js';
export { serveRenderJobs } from '../archive/render-worker.js';
