// The layer boundaries of design §1 are enforced by ESLint: prove that they bite.

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    "import { readFile } from 'node:fs';",
    "import { readFile } from 'fs';",
    "import path from 'path';",
    "import { app } from 'electron';",
    "import { useState } from 'react';",
    "import { create } from 'zustand';",
    "import { openDraft } from '../electron/services/documents';",
    "import { App } from '../renderer/App';",
  ])('shared/ refuses %s', async (code) => {
    expect(await importErrors('shared/report/x.ts', `${code}\nexport {};\n`)).toHaveLength(1);
  });

  it('shared/ refuses DOM and Node globals', async () => {
    const errors = await importErrors('shared/report/x.ts', 'export const a = [window.name, process.env, document.title];\n');
    expect(errors).toHaveLength(3);
  });

  it.each(["import { ipcRenderer } from 'electron';", "import fs from 'node:fs';", "import { saveDraft } from '../electron/services/documents';"])(
    'renderer/ refuses %s',
    async (code) => {
      expect(await importErrors('renderer/x.tsx', `${code}\nexport {};\n`)).toHaveLength(1);
    },
  );

  it("electron/services refuses 'electron'", async () => {
    expect(await importErrors('electron/services/x.ts', "import { app } from 'electron';\nexport {};\n")).toHaveLength(1);
  });

  it('lets each layer import what it may', async () => {
    expect(await importErrors('shared/report/x.ts', "import { z } from 'zod';\nimport { EDITIONS } from '../formats';\nexport { z, EDITIONS };\n")).toEqual([]);
    expect(await importErrors('renderer/x.tsx', "import { EDITIONS } from '../shared/formats';\nexport { EDITIONS };\n")).toEqual([]);
    expect(await importErrors('electron/services/x.ts', "import { readFile } from 'node:fs/promises';\nexport { readFile };\n")).toEqual([]);
  });
});
