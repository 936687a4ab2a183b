// The library API: what the CLI uses, for scripts and editors that want the same pipeline.
export { findProject, type Project } from './pipeline/project.js';
export { loadMeeting, type LoadedMeeting } from './pipeline/load-meeting.js';
export { KINDS, KIND_REGISTRY, type Kind } from './kinds/index.js';
export { buildDocument } from './pipeline/build-document.js';
export { renderMeetingFile, validateMeetingFile, loadOfficeConfig, outputPath } from './pipeline/render-file.js';
export { writerFor, FORMATS, type Format } from './writers/index.js';
export { Reporter } from './i18n/reporter.js';
export type { Document } from './model/document.js';
export type { Diagnostic } from './model/diagnostic.js';
