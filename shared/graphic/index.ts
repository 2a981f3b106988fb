// The 图解 (one-page graphic of a report) and the charts it shares with the editor: SVG built as
// data (svg.ts), written as markup or drawn by React; its text alternative; the CMS fragment.
export { el, toMarkup, svgDocument, num } from './svg';
export type { SvgElement, SvgChild, SvgAttrs } from './svg';
export { barChart } from './barChart';
export { lineChart } from './lineChart';
export type { ChartSpec, ChartSeries, ChartValue } from './axes';
export { niceTicks } from './scale';
export { COLORS, FONT_FAMILY, SERIES_COLORS } from './style';
export { graphicContent } from './content';
export type { GraphicContent } from './content';
export { alternativeText } from './alternative';
export type { AlternativeText, TextSection } from './alternative';
export { graphicSvg, graphicMarkup, POSTER_WIDTH } from './poster';
export { graphicFragment, trendFragment, base64 } from './fragment';
export type { EmbeddedImage } from './fragment';
export { trendCharts, trendChartSvg, trendMarkup, trendProblem, trendSvg, byYear, MAX_TREND_YEARS } from './trend';
export type { TrendChart } from './trend';
