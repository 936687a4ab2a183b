// A generated archive for the bench: `count` variations of the example meeting (date, number,
// EIT score and a total that still adds up) in DIR/minutes/, with the example's photos.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function makeArchive(dir, count, example = 'minutes/2566-02-ita.yaml') {
  const minutes = join(dir, 'minutes');
  mkdirSync(minutes, { recursive: true });
  cpSync('minutes/photos', join(minutes, 'photos'), { recursive: true });
  const source = readFileSync(example, 'utf8');
  for (let i = 0; i < count; i++) {
    const date = new Date(Date.UTC(2023, 0, 2 + i)).toISOString().slice(0, 10);
    const k = i % 20;
    // EIT in steps of 0.10 keeps 0.3 × IIT + 0.3 × EIT + 0.4 × OIT clear of a rounding tie.
    const text = source
      .replace(/^date: 2023-08-22/m, `date: ${date}`)
      .replace(/^ {2}number: 2$/m, `  number: ${(i % 99) + 1}`)
      .replace(/^ {4}EIT: 83\.06$/m, `    EIT: ${((8306 + 10 * k) / 100).toFixed(2)}`)
      .replace(/^ {2}total: 92\.43/m, `  total: ${((9243 + 3 * k) / 100).toFixed(2)}`);
    writeFileSync(join(minutes, `m-${String(i + 1).padStart(3, '0')}.yaml`), text);
  }
  return minutes;
}
