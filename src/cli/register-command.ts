// `minutes register <file|dir>...`: the register of assignments (ทะเบียนติดตามการดำเนินงาน) of
// every meeting given, by unit, written as DIR/register.docx (and .pdf).
import { writeFolderFiles, type FolderWrite } from '../archive/folder-files.js';
import { renderRegister } from '../pipeline/register.js';
import type { CommandContext } from './context.js';
import { checkOutDir, expandPaths, parseFormats, printAll, runOptionsOf } from './context.js';
import { visible } from './print-diagnostics.js';
import { EXIT } from './io.js';

export async function registerCommand(ctx: CommandContext): Promise<number> {
  const { say, io, values } = ctx;
  const files = expandPaths(ctx.paths, say);
  const formats = parseFormats(values.format, say);
  const { options, diagnostics } = runOptionsOf(ctx);
  printAll(diagnostics, ctx.lang, io, false);
  if (diagnostics.some((d) => d.severity === 'error')) return EXIT.invalid;
  const outDir = checkOutDir(values.out ?? 'out', say);
  let written: FolderWrite | null = null;
  // The register is protected like every output: a hand-edited register.docx is kept unless --force.
  const write = (made: Array<[string, Uint8Array]>) => {
    written = writeFolderFiles(outDir, made, { force: values.force === true, lang: ctx.lang, source: 'minutes register' });
    return written.written;
  };
  const result = await renderRegister(files, { lang: ctx.lang, project: options.project, office: options.office, outDir, formats, write });
  const folder = written as FolderWrite | null;
  printAll([...result.diagnostics, ...(folder?.diagnostics ?? [])], ctx.lang, io, false);
  for (const { path, backup } of folder?.backups ?? []) {
    io.out(visible(say(`เก็บ ${path} ที่แก้ด้วยมือไว้ที่ ${backup} แล้วเขียนทับ`, `kept the hand-edited ${path} as ${backup}, then overwrote it`)));
  }
  for (const output of result.outputs) io.out(visible(say(`เขียน ${output}`, `wrote ${output}`)));
  if ((folder?.diagnostics.length ?? 0) > 0) return EXIT.invalid;
  if (result.failed.length > 0) {
    io.err(say(
      `ทะเบียนไม่รวมงานจาก ${result.failed.length} ไฟล์ที่มีข้อผิดพลาด: ${result.failed.join(', ')}`,
      `the register leaves out ${result.failed.length} file(s) with errors: ${result.failed.join(', ')}`,
    ).replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd'));
  }
  return result.ok ? EXIT.ok : EXIT.invalid;
}
