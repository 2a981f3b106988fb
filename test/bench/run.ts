// `npm run bench`: prints the figures behind our speed targets. Not a test: nothing here
// passes or fails; the numbers are read by people and quoted in issue notes.

import { aggregateBench } from './aggregate';
import { deskBench } from './desk';
import { exportBench } from './exports';
import { graphicBench } from './graphic';
import { importBench } from './imports';
import { largeDraftBench } from './large';
import { lifeBench } from './life';
import { ledgerBench } from './ledger';
import { printBench } from './print';
import { reconcileBench } from './reconcile';
import { repetitionBench } from './repetition';
import { rendererBench } from './renderer';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
  detail?: string;
}

// The renderer's bench builds dist/renderer, which the large draft's editor figures then use.
const benches: (() => Figure[] | Promise<Figure[]>)[] = [reconcileBench, repetitionBench, exportBench, graphicBench, printBench, importBench, aggregateBench, deskBench, ledgerBench, lifeBench, rendererBench, largeDraftBench];

const figures: Figure[] = [];
for (const bench of benches) figures.push(...(await bench()));

console.log('年报编辑器 benchmark — node', process.version, process.platform, process.arch);
for (const f of figures) {
  const target = f.target ? `  (target ${f.target})` : '';
  const detail = f.detail ? `  ${f.detail}` : '';
  console.log(`${f.name.padEnd(60)} ${f.value.toFixed(4).padStart(12)} ${f.unit}${target}${detail}`);
}
