// `minutes validate <file|dir>...`: every problem of every file, nothing written. Loads no writer.
import { validateMeetingFile } from '../pipeline/render-file.js';
import { expandPaths, printAll, runOptionsOf, type CommandContext } from './context.js';
import { EXIT } from './io.js';
import { diagnosticJson, printJson } from './json-report.js';

export function validateCommand(ctx: CommandContext): number {
  const { io, say } = ctx;
  const files = expandPaths(ctx.paths, say);
  const { options, diagnostics: configDiagnostics } = runOptionsOf(ctx);
  const json = ctx.values.json === true;
  const configBroken = configDiagnostics.some((d) => d.severity === 'error');
  if (!json) printAll(configDiagnostics, options.lang, io, options.strict);
  // A broken configuration does not hide the meetings' own mistakes: every mistake at once.
  const results = files.map((file) => {
    const { ok, diagnostics } = validateMeetingFile(file, options);
    if (!json) printAll(diagnostics, options.lang, io, options.strict);
    return { file, ok, diagnostics };
  });
  const bad = results.filter((r) => !r.ok).length;
  const ok = !configBroken && bad === 0;
  if (json) {
    printJson(io, {
      command: 'validate',
      ok,
      summary: { files: files.length, valid: results.length - bad, invalid: bad },
      configuration: configDiagnostics.map((d) => diagnosticJson(d, options.strict, options.lang)),
      files: results.map((r) => ({
        file: r.file,
        status: r.ok ? 'valid' : 'invalid',
        diagnostics: r.diagnostics.map((d) => diagnosticJson(d, options.strict, options.lang)),
      })),
    });
    return ok ? EXIT.ok : EXIT.invalid;
  }
  if (configBroken) {
    io.err(say(`การตั้งค่าไม่ถูกต้อง (ดูด้านบน) ตรวจไฟล์การประชุมแล้ว ${files.length} ไฟล์ ไม่ผ่าน ${bad} ไฟล์`, `the configuration is invalid (see above); checked ${files.length} meeting file(s): ${bad} invalid`));
    return EXIT.invalid;
  }
  const warnings = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  if (bad === 0 && warnings === 0) io.out(say(`ตรวจแล้ว ${files.length} ไฟล์ ถูกต้องทั้งหมด`, `checked ${files.length} file(s): all valid`));
  else if (bad === 0) io.out(say(`ตรวจแล้ว ${files.length} ไฟล์ ผ่าน แต่มีคำเตือน ${warnings} รายการ (ดูด้านบน)`, `checked ${files.length} file(s): valid, with ${warnings} warning(s) above`));
  else io.err(say(`ตรวจแล้ว ${files.length} ไฟล์ ไม่ผ่าน ${bad} ไฟล์`, `checked ${files.length} file(s): ${bad} invalid`));
  return ok ? EXIT.ok : EXIT.invalid;
}
