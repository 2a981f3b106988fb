import { writeFileSync, mkdirSync } from 'node:fs';
import { toDocx } from './shared/export';
import { PRINT_FIXTURES, printFixture } from './test/shared/export/printFixtures';
const out = process.argv[2] ?? '/tmp/pr';
mkdirSync(out, { recursive: true });
for (const n of PRINT_FIXTURES) writeFileSync(`${out}/${n}.docx`, await toDocx(printFixture(n)));
