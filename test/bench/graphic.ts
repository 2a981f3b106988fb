// The 图解 export of the full sample report beside last year's: SVG (target ≤ 500 ms) and PNG at
// 1080 px plus its 2× copy, through resvg-wasm with the system's Chinese font (target ≤ 2 s); the
// first PNG call also compiles the WebAssembly and reads the font files.

import { performance } from 'node:perf_hooks';
import { renderGraphic } from '../../electron/services/graphic';
import { graphicMarkup } from '../../shared/graphic';
import { referenceReport } from '../referenceReports';
import type { Figure } from './run';
import { loadSample } from './sample';
import { quantile, timeEach } from './stats';

export async function graphicBench(): Promise<Figure[]> {
  const report = loadSample();
  const prior = referenceReport('hongze-2023');
  const svg = timeEach(Array.from({ length: 60 }, () => report), (r) => graphicMarkup(r, prior)).slice(0, 50);
  let start = performance.now();
  await renderGraphic(report, prior, 'png');
  const first = performance.now() - start;
  const png: number[] = [];
  for (let i = 0; i < 7; i++) {
    start = performance.now();
    await renderGraphic(report, prior, 'png');
    png.push(performance.now() - start);
  }
  png.sort((a, b) => a - b);
  return [
    { name: '图解 export, SVG: median', value: quantile(svg, 0.5), unit: 'ms', target: '≤ 500 ms', detail: `over ${svg.length} runs` },
    { name: '图解 export, PNG 1080 px + 2× copy: median', value: quantile(png, 0.5), unit: 'ms', target: '≤ 2000 ms', detail: `over ${png.length} runs; first call ${first.toFixed(0)} ms (WebAssembly and fonts loaded)` },
  ];
}
