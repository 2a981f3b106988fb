// Item 1 of issue 22 as a property: random sequences of digits, Esc, F2, Enter, Tab and the
// arrows, pressed in real Chromium, leave every cell of table 三 showing what a small model of
// Excel says — no keystroke sequence enters a figure the clerk did not type.

import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITIONS, cellIndex } from '../../shared/formats';
import { tableLayout } from '../../shared/export/layout';
import { blankReport, parseCellValue } from '../../shared/report';
import { goToPart, newReport, startApp, type App } from './app';

const EDITION = '2021';
/** Table 三's value cells as printed, row by row (totals included: they are skipped, never typed in). */
const GRID = tableLayout(blankReport('', 2024), 'apply')
  .bodies.flat()
  .map((row) => row.flatMap((c) => (c.cell ? [c.cell] : [])))
  .filter((row) => row.length > 0);
const INDEX = cellIndex(EDITIONS[EDITION]);
const isEntered = (key: string) => !INDEX.byKey.get(key)!.derived;
const KEYS = ['0', '1', '5', '7', '8', 'Escape', 'F2', 'Enter', 'Tab', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const;
type Key = (typeof KEYS)[number];

/** What a cell shows once its typing is kept: the figure as read, or the text it could not read. */
function shown(typed: string): string {
  const parsed = parseCellValue(typed, 'count');
  if (!parsed.ok) return typed;
  return parsed.value === null ? '' : String(parsed.value);
}

interface Place {
  row: number;
  col: number;
}

/**
 * Excel's behaviour, as far as these keys go. Ready: a key typed replaces the cell. Enter mode
 * (typing begun): typing goes on, Enter, Tab and the arrows keep it and move. Edit mode (F2):
 * Left and Right move the caret. F2 switches between edit and enter mode; Esc takes the typing
 * back and leaves the cell selected. Enter after a run of Tabs goes to the next row's column
 * where the run began. Computed totals are never landed on.
 */
class ExcelModel {
  mode: 'ready' | 'enter' | 'edit' = 'ready';
  buffer = '';
  caret = 0;
  tabColumn: number | null = null;

  constructor(
    readonly values: Map<string, string>,
    public at: Place,
  ) {}

  get key(): string {
    return GRID[this.at.row][this.at.col];
  }

  /** What every cell shows now. */
  showing(): Map<string, string> {
    const out = new Map(this.values);
    if (this.mode !== 'ready') out.set(this.key, this.buffer);
    return out;
  }

  private commit(): void {
    if (this.mode !== 'ready') this.values.set(this.key, shown(this.buffer));
    this.mode = 'ready';
  }

  private entered(row: number, col: number): boolean {
    return isEntered(GRID[row][Math.min(col, GRID[row].length - 1)]);
  }

  private moveBy(dRow: number, dCol: number): void {
    let { row, col } = this.at;
    for (;;) {
      if (dCol !== 0) col += dCol;
      else row += dRow;
      if (row < 0 || row >= GRID.length || col < 0 || col >= GRID[row].length) return;
      col = Math.min(col, GRID[row].length - 1);
      if (this.entered(row, col)) {
        this.at = { row, col };
        return;
      }
    }
  }

  press(key: Key): void {
    if (/^\d$/.test(key)) {
      if (this.mode === 'ready') [this.mode, this.buffer, this.caret] = ['enter', key, 1];
      else [this.buffer, this.caret] = [this.buffer.slice(0, this.caret) + key + this.buffer.slice(this.caret), this.caret + 1];
      return;
    }
    switch (key) {
      case 'Escape':
        this.mode = 'ready';
        return;
      case 'F2':
        // From ready mode the caret goes to the end; otherwise text and caret stay as they are.
        if (this.mode === 'ready') [this.mode, this.buffer, this.caret] = ['edit', this.values.get(this.key)!, this.values.get(this.key)!.length];
        else this.mode = this.mode === 'edit' ? 'enter' : 'edit';
        return;
      case 'ArrowLeft':
      case 'ArrowRight':
        if (this.mode === 'edit') {
          this.caret = Math.max(0, Math.min(this.buffer.length, this.caret + (key === 'ArrowLeft' ? -1 : 1)));
          return;
        }
        this.commit();
        this.tabColumn = null;
        this.moveBy(0, key === 'ArrowLeft' ? -1 : 1);
        return;
      case 'ArrowUp':
      case 'ArrowDown':
        this.commit();
        this.tabColumn = null;
        this.moveBy(key === 'ArrowUp' ? -1 : 1, 0);
        return;
      case 'Enter': {
        this.commit();
        const column = this.tabColumn;
        this.tabColumn = null;
        if (column === null) return this.moveBy(1, 0);
        for (let row = this.at.row + 1; row < GRID.length; row++) {
          if (this.entered(row, column)) return void (this.at = { row, col: Math.min(column, GRID[row].length - 1) });
        }
        return;
      }
      case 'Tab': {
        this.commit();
        this.tabColumn ??= this.at.col;
        // The next cell to type in, in reading order (the browser's own Tab order).
        let { row, col } = this.at;
        do {
          col++;
          if (col >= GRID[row].length) [row, col] = [row + 1, 0];
        } while (!this.entered(row, col));
        this.at = { row, col };
        return;
      }
    }
  }
}

let app: App;
let page: Page;
beforeAll(async () => {
  app = await startApp();
  page = await app.page();
  await newReport(page, '某县司法局', 2024);
  await goToPart(page, 'applications');
});
afterAll(async () => {
  await app?.close();
});

/** A block as Excel puts it on the clipboard, pasted into the focused cell. */
async function paste(p: Page, data: string): Promise<void> {
  await p.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', text);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

async function readCells(p: Page): Promise<Map<string, string>> {
  const entries = await p.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input[data-cell^="apply."]')].map((el) => [el.dataset.cell!, el.value] as const));
  return new Map(entries);
}

describe('keys against a model of Excel', () => {
  it('every sequence of typing, Esc, F2, Enter, Tab and arrows shows what Excel would', async () => {
    // Start in the first rows: 16 Tabs never leave the table.
    const start = fc.record({ row: fc.integer({ min: 0, max: 2 }), col: fc.integer({ min: 0, max: 5 }) });
    // What the first rows hold before the keys: figures and blanks, pasted as a block.
    const figures = fc.array(fc.array(fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 99 }).map(String)), { minLength: 6, maxLength: 6 }), { minLength: 6, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(figures, start, fc.array(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 16 }), async (block, at, keys) => {
        await page.locator('[data-cell="apply.R1.NP"]').click();
        await paste(page, block.map((row) => row.join('\t')).join('\n'));
        const model = new ExcelModel(await readCells(page), at);
        await page.locator(`[data-cell="${model.key}"]`).click();
        for (const key of keys) {
          model.press(key);
          await page.keyboard.press(key);
        }
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(model.key);
        expect(Object.fromEntries(await readCells(page))).toEqual(Object.fromEntries(model.showing()));
        // Leave the cell by a click elsewhere: what was typed is kept, as the model keeps it.
        await page.locator('#part-title').click();
      }),
      { numRuns: 40 },
    );
    // Room for shrinking a failure to its shortest sequence (a passing run takes about 10 s).
  }, 180_000);
});
