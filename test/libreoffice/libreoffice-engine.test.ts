// The LibreOffice engine: found where each platform's installer puts soffice, and run with a
// profile reused from one conversion to the next (a fresh one cost ~0.8 s of every conversion),
// never shared by two conversions at once. A stand-in soffice records the profile it was given.
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertDocxWithLibreOffice, findLibreOffice, profileRoot, type Host } from '../../src/writers/pdf/libreoffice.js';

const windows = (files: string[], env: Host['env'] = {}): Host => ({
  platform: 'win32',
  env: { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', Path: 'C:\\Windows\\system32;C:\\Windows', ...env },
  exists: (file) => files.includes(file),
});

describe('finding LibreOffice', () => {
  it('finds it under Program Files on Windows, where PATH rarely has it', () => {
    expect(findLibreOffice(windows(['C:\\Program Files\\LibreOffice\\program\\soffice.exe']))).toBe('C:\\Program Files\\LibreOffice\\program\\soffice.exe');
    expect(findLibreOffice(windows(['C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe']))).toBe('C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe');
  });

  it('prefers soffice on PATH, a quoted Windows PATH entry included', () => {
    const host = windows(['D:\\Apps\\LO\\soffice.exe', 'C:\\Program Files\\LibreOffice\\program\\soffice.exe'], { Path: 'C:\\Windows;"D:\\Apps\\LO"' });
    expect(findLibreOffice(host)).toBe('D:\\Apps\\LO\\soffice.exe');
    const linux: Host = { platform: 'linux', env: { PATH: '/usr/local/bin:/usr/bin' }, exists: (f) => f === '/usr/bin/soffice' };
    expect(findLibreOffice(linux)).toBe('/usr/bin/soffice');
  });

  it('takes MINUTES_SOFFICE first, and finds the macOS application', () => {
    expect(findLibreOffice(windows([], { MINUTES_SOFFICE: 'E:\\LibreOfficePortable\\App\\libreoffice\\program\\soffice.exe' })))
      .toBe('E:\\LibreOfficePortable\\App\\libreoffice\\program\\soffice.exe');
    const mac: Host = { platform: 'darwin', env: { PATH: '/usr/bin' }, exists: (f) => f === '/Applications/LibreOffice.app/Contents/MacOS/soffice' };
    expect(findLibreOffice(mac)).toBe('/Applications/LibreOffice.app/Contents/MacOS/soffice');
  });

  it('says where none is', () => {
    expect(findLibreOffice(windows([]))).toBeNull();
  });

  it('keeps its profiles in the user\'s cache folder', () => {
    expect(profileRoot(windows([], { LOCALAPPDATA: 'C:\\Users\\clerk\\AppData\\Local' }))).toBe('C:\\Users\\clerk\\AppData\\Local\\minutes\\libreoffice');
    expect(profileRoot({ platform: 'linux', env: { HOME: '/home/clerk' }, exists: () => false })).toBe('/home/clerk/.cache/minutes/libreoffice');
    expect(profileRoot({ platform: 'linux', env: { XDG_CACHE_HOME: '/var/cache/u' }, exists: () => false })).toBe('/var/cache/u/minutes/libreoffice');
  });
});

/** A stand-in soffice: logs its profile, takes `delay` seconds, writes a PDF; fails when the profile holds "broken". */
function fakeSoffice(delay = 0): { command: string; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-fake-soffice-'));
  const log = join(dir, 'log');
  const command = join(dir, 'soffice');
  writeFileSync(command, `#!/bin/sh
for a in "$@"; do
  case "$a" in
    -env:UserInstallation=file://*) profile="\${a#-env:UserInstallation=file://}" ;;
  esac
  last="$a"
done
outdir=$(dirname "$last")
echo "$profile" >> "${log}"
[ -f "$profile/broken" ] && exit 1
mkdir -p "$profile" && touch "$profile/registrymodifications.xcu"
sleep ${delay}
printf '%%PDF-1.4 fake' > "$outdir/document.pdf"
`);
  chmodSync(command, 0o755);
  return { command, log };
}

const profilesUsed = (log: string) => readFileSync(log, 'utf8').trim().split('\n');

describe.skipIf(process.platform === 'win32')('converting with a reused profile', () => {
  it('reuses one profile from one conversion to the next', async () => {
    const { command, log } = fakeSoffice();
    const profiles = mkdtempSync(join(tmpdir(), 'minutes-profiles-'));
    await convertDocxWithLibreOffice(new Uint8Array([1]), { command, profiles });
    await convertDocxWithLibreOffice(new Uint8Array([1]), { command, profiles });
    const used = profilesUsed(log);
    expect(used).toHaveLength(2);
    expect(used[0]).toBe(join(profiles, 'profile-0'));
    expect(used[1]).toBe(used[0]);
  });

  it('gives conversions at once a profile each', async () => {
    const { command, log } = fakeSoffice(0.3);
    const profiles = mkdtempSync(join(tmpdir(), 'minutes-profiles-'));
    await Promise.all([1, 2, 3].map(() => convertDocxWithLibreOffice(new Uint8Array([1]), { command, profiles })));
    expect(new Set(profilesUsed(log)).size).toBe(3);
  });

  it('takes over the lock of a conversion that was killed', async () => {
    const { command, log } = fakeSoffice();
    const profiles = mkdtempSync(join(tmpdir(), 'minutes-profiles-'));
    writeFileSync(join(profiles, 'profile-0.lock'), '999999999');
    await convertDocxWithLibreOffice(new Uint8Array([1]), { command, profiles });
    expect(profilesUsed(log)).toEqual([join(profiles, 'profile-0')]);
  });

  it('tries once more in a fresh profile when the reused one fails, and starts that one again', async () => {
    const { command, log } = fakeSoffice();
    const profiles = mkdtempSync(join(tmpdir(), 'minutes-profiles-'));
    await convertDocxWithLibreOffice(new Uint8Array([1]), { command, profiles });
    writeFileSync(join(profiles, 'profile-0', 'broken'), '');
    const pdf = await convertDocxWithLibreOffice(new Uint8Array([1]), { command, profiles });
    expect(new TextDecoder().decode(pdf)).toContain('%PDF');
    const used = profilesUsed(log);
    expect(used).toHaveLength(3);
    expect(used[2]).not.toContain(profiles);
    await convertDocxWithLibreOffice(new Uint8Array([1]), { command, profiles });
    expect(profilesUsed(log)[3]).toBe(join(profiles, 'profile-0'));
  });
});
