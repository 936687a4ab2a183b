// What `minutes init` writes into an archive repository, besides the sample meetings: each
// file's text, in Thai (what a clerk reads), commands and keys in English.

/** The npm scripts of an archive: `npm run render` and friends. */
export const ARCHIVE_SCRIPTS: Record<string, string> = {
  validate: 'minutes validate minutes/',
  render: 'minutes render minutes/ --format docx,pdf',
  check: 'minutes validate minutes/ && minutes render minutes/ --format docx,pdf --check',
  watch: 'minutes watch minutes/ --format docx,pdf',
  register: 'minutes register minutes/ --format docx,pdf',
};

/** Lines an archive's .gitignore needs; out/ itself is committed. */
export const GITIGNORE_LINES = ['node_modules/', '*.minutes-tmp', '.minutes-cache/'];

/**
 * LF in the repository and in every checkout: the manifest hashes what a meeting was made from, so a
 * Windows checkout that turned the YAML into CRLF would look changed to `render --check` in CI.
 */
export const GITATTRIBUTES = `# minutes: ไฟล์ข้อความเก็บแบบ LF ทุกเครื่อง (Windows ด้วย) เพื่อให้ render --check ใน CI ตรงกับเครื่องที่ render
*.yaml text eol=lf
*.yml text eol=lf
*.hbs text eol=lf
*.md text eol=lf
*.json text eol=lf
*.docx binary
*.pdf binary
*.tgz binary
`;

/**
 * The pre-commit hook: out/ is never committed stale. node_modules/.bin/minutes rather than npx
 * (npm's own start adds ~0.4 s to each command); in minutes' own repository, which npm never links
 * into its own node_modules/.bin, bin/minutes.js.
 */
export const PRE_COMMIT = `#!/bin/sh
# ติดตั้งโดย minutes init: ไม่ให้ commit เมื่อ out/ ไม่ตรงกับ minutes/
if [ -x ./node_modules/.bin/minutes ]; then
  minutes=./node_modules/.bin/minutes
elif [ -f ./bin/minutes.js ] && [ -f ./dist/bundle/minutes.cjs ]; then
  minutes="node ./bin/minutes.js"
else
  echo "minutes: ไม่พบคำสั่ง minutes ใน node_modules/.bin: สั่ง npm install ก่อน" >&2
  exit 1
fi
$minutes validate minutes/ && $minutes render minutes/ --format docx,pdf --check || {
  echo "out/ ไม่ตรงกับ minutes/: สั่ง npx minutes render minutes/ --format docx,pdf แล้ว git add out/" >&2
  exit 1
}
`;

export const WORKFLOW = `# ตรวจทุก push และ pull request ว่าไฟล์การประชุมถูกต้อง และ out/ ตรงกับ minutes/ (สร้างโดย minutes init)
name: minutes
on: [push, pull_request]
jobs:
  out-is-up-to-date:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci --no-audit --no-fund
      - run: npx minutes validate minutes/ --json > validate.json || (cat validate.json; exit 1)
      - run: npx minutes render minutes/ --format docx,pdf --check
`;

export const CONFIG = `# yaml-language-server: $schema=node_modules/minutes/schema/config.schema.json
# การตั้งค่าของหน่วยงาน (สร้างโดย minutes init) ใช้กับทุกไฟล์การประชุมใน minutes/
# ทางไฟล์ในนี้นับจากโฟลเดอร์ของไฟล์นี้ ลบเครื่องหมาย # หน้าบรรทัดที่ต้องการใช้

digits: thai                      # thai = เลขไทย (๑๒๓) ทุกเอกสาร, arabic = เลขอารบิก
# moneyWords: true                # เติมจำนวนเงินเป็นตัวอักษรในวงเล็บหลังจำนวนเงิน เช่น 1,500 บาท (หนึ่งพันห้าร้อยบาทถ้วน)
# words: words.txt                # รายการคำของหน่วยงาน บรรทัดละหนึ่งคำ (ชื่อกอง โครงการ คำเฉพาะ) ที่ไม่ให้ตัดข้ามบรรทัด

# office:                         # ส่วนหัวของบันทึกข้อความ (kind: memo)
#   name: (กรอก ส่วนราชการ เช่น ตท.สป. ฝ่ายบริหารทั่วไป)
#   phone: (กรอก โทร. เช่น 0 2222 1141 ต่อ 50123)
#   documentPrefix: (กรอก รหัสหนังสือ เช่น มท 0201.2)   # ที่ มท 0201.2/<documentNumber>
#   emblem: assets/garuda.png      # ภาพตราครุฑของหน่วยงาน (สูง 1.5 ซม. เมื่อพิมพ์)

# font: { family: TH SarabunPSK, size: 16 }   # ฟอนต์ในไฟล์ Word
# pdf:                             # ฟอนต์ของไฟล์ PDF
#   fonts:                        # ไฟล์ฟอนต์ TH SarabunPSK ของหน่วยงาน ถ้ามี (ไม่ใส่ ใช้ฟอนต์ Sarabun ที่มากับโปรแกรม)
#     regular: fonts/THSarabunNew.ttf
#     bold: fonts/THSarabunNew Bold.ttf
`;

export const OUT_README = `# out/

เอกสารที่ \`minutes render\` สร้าง: \`<ชื่อการประชุม>.docx\`, \`.pdf\`, \`index.md\` (สารบัญการประชุม)
และ \`.minutes-manifest.json\` (บันทึกว่าแต่ละไฟล์สร้างจากอะไร) commit โฟลเดอร์นี้พร้อม \`minutes/\` เสมอ:
YAML เดิมได้ไฟล์เดิมทุกไบต์ \`git diff\` ของ out/ จึงแสดงเฉพาะการเปลี่ยนแปลงจริง

อย่าแก้ไฟล์ในนี้ด้วยมือ: แก้ที่ไฟล์ใน \`minutes/\` แล้วสั่ง \`npm run render\`
(ไฟล์ที่ถูกแก้ด้วยมือ minutes จะไม่เขียนทับ จนกว่าจะสั่ง \`--force\` ซึ่งเก็บสำเนาไว้ใน \`out/.backup/\`)
`;

export const TEMPLATES_README = `# templates/: แม่แบบถ้อยคำของหน่วยงาน

โฟลเดอร์นี้ยังว่าง จึงใช้แม่แบบที่มากับโปรแกรม (node_modules/minutes/templates/)
เมื่อต้องการแก้ถ้อยคำ ให้คัดลอกแม่แบบทั้งชุดมาไว้ที่นี่ แล้วแก้ไฟล์ที่ต้องการ:

    cp -r node_modules/minutes/templates/. templates/

เมื่อโฟลเดอร์นี้มีแม่แบบ โปรแกรมจะใช้แม่แบบในนี้ทั้งหมดแทนของโปรแกรม
แต่ละชนิดเอกสารอยู่ในโฟลเดอร์ของตัวเอง (document.hbs, partials/*.hbs, template.yaml สำหรับฟอนต์และขนาด)
เมื่อปรับรุ่นโปรแกรม ให้เทียบแม่แบบใหม่กับของหน่วยงาน (git diff --no-index node_modules/minutes/templates templates)
`;

export const DATA_README = `# data/: ข้อมูลรายปีของหน่วยงาน

โฟลเดอร์นี้ยังว่าง จึงใช้ข้อมูลที่มากับโปรแกรม (node_modules/minutes/data/) เช่น
เกณฑ์การประเมิน ITA รายปี (data/ita/<ปีงบประมาณ>.yaml: เครื่องมือ น้ำหนัก และระดับคะแนน)
เมื่อต้องการใช้ข้อมูลของหน่วยงานเอง หรือเพิ่มปีที่โปรแกรมยังไม่มี ให้คัดลอกทั้งชุดมาไว้ที่นี่:

    cp -r node_modules/minutes/data/. data/

เมื่อโฟลเดอร์นี้มีข้อมูล โปรแกรมจะใช้ข้อมูลในนี้ทั้งหมดแทนของโปรแกรม
`;

/** The sample meetings' heading, under the schema line. */
export const SAMPLE_NOTE = '# ตัวอย่าง (สร้างโดย minutes init): ลบไฟล์นี้ได้เมื่อมีการประชุมจริง หรือใช้เป็นแบบ';

/** VS Code: the schemas of the archive's files, so no file needs a `# yaml-language-server` line. */
export function vscodeSettings(): string {
  const schema = (name: string) => `./node_modules/minutes/schema/${name}`;
  const settings = {
    'yaml.schemas': {
      [schema('meeting.schema.json')]: ['minutes/**/*.yaml', 'minutes/**/*.yml'],
      [schema('config.schema.json')]: ['minutes.config.yaml'],
      [schema('template.schema.json')]: ['templates/*/template.yaml'],
      [schema('ita-year.schema.json')]: ['data/ita/*.yaml'],
    },
    'files.encoding': 'utf8',
    // LF as .gitattributes keeps it, so a file saved on Windows hashes as it does in CI.
    '[yaml]': { 'editor.insertSpaces': true, 'editor.tabSize': 2, 'files.eol': '\n' },
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}

export const VSCODE_EXTENSIONS = `${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n`;
