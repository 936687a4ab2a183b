// `minutes new [file]`: a meeting file to fill in (to stdout without a file name).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PACKAGE_ROOT } from '../pipeline/project.js';
import type { CommandContext } from './context.js';
import { EXIT, UsageError } from './io.js';
import { newMeetingYaml } from './new-meeting.js';

/**
 * The JSON Schema the new file names, relative to its folder, so an editor finds it wherever
 * the archive keeps its meetings: the one of this installation (in an archive repository,
 * node_modules/minutes/schema/). To stdout, the path from a minutes/ folder of the current one.
 */
function schemaFor(target: string | undefined): string {
  const schema = join(PACKAGE_ROOT, 'schema', 'meeting.schema.json');
  const folder = target === undefined ? resolve('minutes') : dirname(resolve(target));
  return relative(folder, schema).split(sep).join('/');
}

export function newCommand(ctx: CommandContext): number {
  const { paths, say, io } = ctx;
  if (paths.length > 1) throw new UsageError(say('minutes new รับชื่อไฟล์ได้ไฟล์เดียว', 'minutes new takes one file name'));
  const target = paths[0];
  const text = newMeetingYaml(undefined, schemaFor(target));
  if (target === undefined) {
    io.out(text);
    return EXIT.ok;
  }
  if (existsSync(target) && ctx.values.force !== true) {
    throw new UsageError(say(`มีไฟล์ ${target} อยู่แล้ว (ใช้ --force เพื่อเขียนทับ)`, `${target} exists (use --force to overwrite)`));
  }
  mkdirSync(dirname(resolve(target)), { recursive: true });
  writeFileSync(target, text);
  io.out(say(`สร้าง ${target} แล้ว แก้ข้อมูลในวงเล็บ แล้วสั่ง minutes validate ${target}`, `created ${target}; fill it in, then run minutes validate ${target}`));
  return EXIT.ok;
}
