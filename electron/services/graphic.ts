// The 图解 export: SVG and the CMS fragment straight from shared/graphic; PNG drawn by resvg as
// WebAssembly (one portable file for Windows, UOS and Kylin on x64 and arm64 alike — see
// ARCHITECTURE.md, libraries chosen) at 1080 px wide, and twice that for print.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { graphicFragment, graphicMarkup, trendFragment, trendMarkup, POSTER_WIDTH, type EmbeddedImage } from '../../shared/graphic';
import type { Report } from '../../shared/report';
import { WriteFailure, writeFileAtomic } from './atomicWrite';
import { cjkFontBuffers, NO_CJK_FONT } from './cjkFonts';

export type GraphicFormat = 'png' | 'svg' | 'html';

/** A reason in Chinese why the picture could not be drawn (no font, a broken renderer file). */
export class GraphicFailure extends Error {}

/** In the app the .wasm lies beside the bundled main (build/bundle-electron.mjs); from source, in node_modules. */
async function wasmBytes(): Promise<Uint8Array> {
  const beside = new URL('./resvg.wasm', import.meta.url);
  return readFile(beside).catch(() => readFile(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
}

let ready: Promise<void> | null = null;
function renderer(): Promise<void> {
  ready ??= wasmBytes().then((bytes) => initWasm(bytes));
  ready.catch(() => (ready = null));
  return ready;
}

/** The SVG as PNG, `scale` × 1080 px wide, on white, in the system's Chinese font. */
export async function svgToPng(svg: string, scale: 1 | 2): Promise<Uint8Array> {
  const fonts = await cjkFontBuffers();
  if (!fonts) throw new GraphicFailure(NO_CJK_FONT);
  try {
    await renderer();
  } catch {
    throw new GraphicFailure('图片绘制组件（resvg.wasm）无法加载，请重新安装本软件；也可以改为导出 SVG 或网页片段');
  }
  const image = new Resvg(svg, {
    font: { fontBuffers: fonts.buffers, defaultFontFamily: fonts.family, sansSerifFamily: fonts.family },
    fitTo: { mode: 'width', value: POSTER_WIDTH * scale },
    background: '#ffffff',
  });
  try {
    return image.render().asPng();
  } finally {
    image.free();
  }
}

/** The files one export writes: a PNG export gives the 1080 px picture and its 2× print copy beside it. */
export function graphicTargets(path: string, format: GraphicFormat): string[] {
  return format === 'png' ? [path, path.replace(/(\.png)?$/i, (ext) => `@2x${ext || '.png'}`)] : [path];
}

export function graphicFormatOf(path: string): GraphicFormat | null {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ext === 'png' ? 'png' : ext === 'svg' ? 'svg' : ext === 'html' || ext === 'htm' ? 'html' : null;
}

/** The contents of each target of graphicTargets, in order: a picture as SVG, PNG (1× and 2×) or CMS fragment. */
export async function renderPicture(svg: string, fragment: (image: EmbeddedImage) => string, format: GraphicFormat): Promise<(string | Uint8Array)[]> {
  if (format === 'svg') return [svg];
  if (format === 'html') {
    // PNG shows alike everywhere and passes CMS upload filters that refuse SVG; without a Chinese
    // font here the SVG goes in instead, and the reader's browser sets its type.
    const png = await svgToPng(svg, 1).catch((e: unknown) => {
      if (e instanceof GraphicFailure) return null;
      throw e;
    });
    return [fragment(png ? { mime: 'image/png', bytes: png } : { mime: 'image/svg+xml', bytes: new TextEncoder().encode(svg) })];
  }
  return [await svgToPng(svg, 1), await svgToPng(svg, 2)];
}

/** The 图解 of a report, compared with last year's when given. */
export function renderGraphic(report: Report, prior: Report | null, format: GraphicFormat): Promise<(string | Uint8Array)[]> {
  return renderPicture(graphicMarkup(report, prior), (image) => graphicFragment(report, prior, image), format);
}

/**
 * Renders first, then writes each target atomically: a failed rendering touches nothing. Throws a
 * WriteFailure whose reason is Chinese (a missing font, the disk).
 */
export async function writePicture(path: string, format: GraphicFormat, render: () => Promise<(string | Uint8Array)[]>): Promise<string[]> {
  const targets = graphicTargets(path, format);
  let contents: (string | Uint8Array)[];
  try {
    contents = await render();
  } catch (e) {
    throw new WriteFailure(path, e instanceof GraphicFailure ? e.message : '生成图片时出错');
  }
  for (const [i, target] of targets.entries()) await writeFileAtomic(target, contents[i]);
  return targets;
}

export const writeGraphic = (path: string, report: Report, prior: Report | null, format: GraphicFormat): Promise<string[]> =>
  writePicture(path, format, () => renderGraphic(report, prior, format));

/** 多年趋势 as a picture: the same formats as the 图解. */
export const writeTrend = (path: string, reports: readonly Report[], format: GraphicFormat): Promise<string[]> =>
  writePicture(path, format, () => renderPicture(trendMarkup(reports), (image) => trendFragment(reports, image), format));
