// The archive workflow: batches over a folder of meetings, rendering only what changed, never over a hand edit.
export { renderArchive, BACKUP_DIR, type ArchiveOptions, type ArchiveResult, type MeetingOutcome, type MeetingStatus } from './render-archive.js';
export { readManifest, manifestText, MANIFEST_NAME, type Manifest } from './manifest.js';
export { archiveIndex, meetingSummary, INDEX_NAME } from './archive-index.js';
