// `minutes register <file|dir>...`: the register of assignments (ทะเบียนติดตามการดำเนินงาน) of
// every meeting given, by unit, written as DIR/register.docx (and .pdf).
import { renderRegister } from '../pipeline/register.js';
import type { CommandContext } from './context.js';
import { expandPaths, parseFormats, printAll, runOptionsOf } from './context.js';
import { EXIT } from './io.js';

export async function registerCommand(ctx: CommandContext): Promise<number> {
  const { say, io, values } = ctx;
  const files = expandPaths(ctx.paths, say);
  const formats = parseFormats(values.format, say);
  const { options, diagnostics } = runOptionsOf(ctx);
  printAll(diagnostics, ctx.lang, io, false);
  if (diagnostics.some((d) => d.severity === 'error')) return EXIT.invalid;
  const result = await renderRegister(files, {
    lang: ctx.lang, project: options.project, office: options.office, outDir: values.out ?? 'out', formats,
  });
  printAll(result.diagnostics, ctx.lang, io, false);
  for (const output of result.outputs) io.out(say(`เขียน ${output}`, `wrote ${output}`));
  if (result.failed.length > 0) {
    io.err(say(
      `ทะเบียนไม่รวมงานจาก ${result.failed.length} ไฟล์ที่มีข้อผิดพลาด: ${result.failed.join(', ')}`,
      `the register leaves out ${result.failed.length} file(s) with errors: ${result.failed.join(', ')}`,
    ));
  }
  return result.ok ? EXIT.ok : EXIT.invalid;
}
