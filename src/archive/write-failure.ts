// An output that could not be written, as the user's error at that file: a DOCX open in Word
// (Windows locks it: EBUSY/EPERM on rename), a symlink or FIFO where the output goes, a full or
// read-only disk. Only that meeting fails; the batch goes on.
import type { Reporter } from '../i18n/reporter.js';
import { errnoText, errnoTextTh } from '../load/resolve-path.js';
import type { OutputWriteError } from '../pipeline/write-atomic.js';

export function writeFailure(error: OutputWriteError, reporter: Reporter, source: string): void {
  if (error.failure === 'locked') reporter.error('OUTPUT_LOCKED', null, { source });
  else if (error.failure === 'not-regular') reporter.error('OUTPUT_NOT_REGULAR', null, { source });
  else {
    const reason = error.failure === 'not-folder'
      ? reporter.say('ทางไปยังไฟล์ผ่านสิ่งที่ไม่ใช่โฟลเดอร์', 'a part of the path is not a folder')
      : reporter.say(errnoTextTh(error.error), errnoText(error.error));
    reporter.error('OUTPUT_WRITE_FAILED', null, { source, reason });
  }
}
