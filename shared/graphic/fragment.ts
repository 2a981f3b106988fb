// The 图解 for a portal's CMS editor: the picture as an <img> with the image inside it (a data
// URI: nothing to upload separately), and below it the text alternative with every figure, in
// plain tags with inline styles only — what survives an editor that strips classes, ids and
// <style>, and even one that drops the image: the figures stay on the page as text.

import { escapeHtml } from '../export/html';
import type { Report } from '../report';
import { alternativeText } from './alternative';
import { graphicContent } from './content';
import { graphicSvg, POSTER_WIDTH } from './poster';
import { FONT_FAMILY } from './style';
import { trendCharts, trendSvg, trendTitle } from './trend';

export interface EmbeddedImage {
  mime: 'image/png' | 'image/svg+xml';
  bytes: Uint8Array;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without Buffer or btoa (shared/ runs without Node and the DOM). */
export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i], bytes[i + 1] ?? 0, bytes[i + 2] ?? 0];
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return out;
}

const font = FONT_FAMILY;

export function graphicFragment(report: Report, prior: Report | null, image: EmbeddedImage): string {
  const alt = alternativeText(graphicContent(report, prior));
  const height = Number(graphicSvg(report, prior).attrs.height);
  const style = {
    root: `font-family: ${font}; color: #1a1a1a; font-size: 16px; line-height: 1.75; max-width: ${POSTER_WIDTH}px; margin: 0 auto;`,
    picture: 'margin: 0 0 1em; text-align: center;',
    img: 'max-width: 100%; height: auto; border: 0;',
    title: 'font-size: 20px; font-weight: bold; margin: 1em 0 0.5em; color: #9e0f14;',
    heading: 'font-size: 18px; font-weight: bold; margin: 0.8em 0 0.3em; color: #123d73;',
    list: 'margin: 0 0 0.6em; padding-left: 1.5em;',
    item: 'margin: 0.2em 0;',
  };
  const sections = alt.sections
    .map((s) => `<h3 style="${style.heading}">${escapeHtml(s.heading)}</h3>\n<ul style="${style.list}">\n${s.lines.map((l) => `<li style="${style.item}">${escapeHtml(l)}</li>`).join('\n')}\n</ul>`)
    .join('\n');
  return `<div style="${style.root}">
<p style="${style.picture}"><img src="data:${image.mime};base64,${base64(image.bytes)}" alt="${escapeHtml(`${alt.title}（各项数字见图下文字说明）`)}" width="${POSTER_WIDTH}" height="${height}" style="${style.img}"></p>
<h2 style="${style.title}">${escapeHtml(`${alt.title}（文字说明）`)}</h2>
${sections}
</div>
`;
}

/** 多年趋势 for a CMS: the picture, then every year's figures in words. */
export function trendFragment(reports: readonly Report[], image: EmbeddedImage): string {
  const svg = trendSvg(reports);
  const title = trendTitle(reports).join('');
  const charts = trendCharts(reports);
  const lists = charts
    .map((c) => `<h3 style="font-size: 18px; font-weight: bold; margin: 0.8em 0 0.3em; color: #123d73;">${escapeHtml(c.title)}</h3>\n<ul style="margin: 0 0 0.6em; padding-left: 1.5em;">\n${c.series.map((s) => `<li style="margin: 0.2em 0;">${escapeHtml(`${s.name}：${s.values.map((v, i) => `${c.categories[i]} ${v.text}`).join('，')}`)}</li>`).join('\n')}\n</ul>`)
    .join('\n');
  return `<div style="font-family: ${font}; color: #1a1a1a; font-size: 16px; line-height: 1.75; max-width: ${POSTER_WIDTH}px; margin: 0 auto;">
<p style="margin: 0 0 1em; text-align: center;"><img src="data:${image.mime};base64,${base64(image.bytes)}" alt="${escapeHtml(`${title}（各项数字见图下文字说明）`)}" width="${POSTER_WIDTH}" height="${Number(svg.attrs.height)}" style="max-width: 100%; height: auto; border: 0;"></p>
<h2 style="font-size: 20px; font-weight: bold; margin: 1em 0 0.5em; color: #9e0f14;">${escapeHtml(`${title}（文字说明）`)}</h2>
${lists}
</div>
`;
}
