// What the 图解 says, as data: the figures of tables 二, 三 and 四 as the report prints them, the
// outcome categories for this year and last, and the indicators with their change. The picture
// (poster.ts) and its text alternative (alternative.ts) are both drawn from this one model, so
// the text alternative holds every figure the picture shows.

import { EDITIONS, PARTS, cellKey, type CellKey, type TableId } from '../formats';
import { formatValue } from '../export/layout';
import { figureOf, indicators, keyFigures, outcomeCategories, NO_VALUE, type FigureValue, type IndicatorValue } from '../indicators';
import { cellValues } from '../reconcile/values';
import type { Report } from '../report';

export interface Figure {
  label: string;
  /** As printed: “93”, “+46”, “157325万元”, “/”, or “—” for a blank cell. */
  text: string;
  cell?: CellKey;
}

export interface ActiveRow {
  label: string;
  figures: Figure[];
}

export interface ActiveBlock {
  caption: string;
  rows: ActiveRow[];
}

export interface OutcomeBar {
  label: string;
  now: number | null;
  before: number | null;
}

export interface ReviewRow {
  label: string;
  total: Figure;
  results: Figure[];
}

export interface GraphicContent {
  organization: string;
  year: number;
  priorYear: number | null;
  headings: Record<TableId, string>;
  active: ActiveBlock[];
  applications: FigureValue[];
  outcomes: OutcomeBar[];
  review: ReviewRow[];
  indicators: IndicatorValue[];
}

const heading = (table: TableId) => PARTS.find((p) => p.table === table)!.heading;

export function graphicContent(report: Report, prior: Report | null): GraphicContent {
  const edition = EDITIONS[report.edition];
  const values = cellValues(report);
  const na = new Set(report.notApplicable);
  const printed = (key: CellKey, column: Parameters<typeof formatValue>[2]): string => formatValue(values[key], na.has(key), column) || NO_VALUE;

  const active = edition.active.blocks.map((block) => ({
    caption: block.caption,
    rows: block.rows.map((row) => ({
      label: row.label,
      figures: block.columns.map((column) => {
        const key = cellKey('active', row.key, column.key);
        return { label: column.label, text: printed(key, column), cell: key };
      }),
    })),
  }));

  const priorCategories = prior ? outcomeCategories(prior.edition) : [];
  const outcomes = outcomeCategories(report.edition).map((category, i) => ({
    label: category.label,
    now: figureOf(category, report),
    // The categories are the same six in both editions; only （六）'s rows differ.
    before: prior ? figureOf(priorCategories[i], prior) : null,
  }));

  const review = edition.review.rows.map((row) => {
    const figure = (column: (typeof edition.review.columns)[number]) => {
      const key = cellKey('review', row.key, column.key);
      return { label: column.label, text: printed(key, column), cell: key };
    };
    const columns = edition.review.columns;
    return { label: row.label, total: figure(columns.find((c) => c.derivedBy)!), results: columns.filter((c) => !c.derivedBy).map(figure) };
  });

  return {
    organization: report.organization,
    year: report.year,
    priorYear: prior?.year ?? null,
    headings: { active: heading('active'), apply: heading('apply'), review: heading('review') },
    active,
    applications: keyFigures(report, prior).filter((f) => f.def.keys[0].startsWith('apply.')),
    outcomes,
    review,
    indicators: indicators(report, prior),
  };
}

/** A count as printed: “—” when blank. */
export const countText = (v: number | null): string => (v === null ? NO_VALUE : String(v));
