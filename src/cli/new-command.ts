// `minutes new [file]`: a meeting file to fill in (to stdout without a file name).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CommandContext } from './context.js';
import { EXIT, UsageError } from './io.js';
import { newMeetingYaml } from './new-meeting.js';

export function newCommand(ctx: CommandContext): number {
  const { paths, say, io } = ctx;
  if (paths.length > 1) throw new UsageError(say('minutes new รับชื่อไฟล์ได้ไฟล์เดียว', 'minutes new takes one file name'));
  const text = newMeetingYaml();
  const target = paths[0];
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
