// Two versions side by side: the fields and cells that differ (old → new, by label) and, per part,
// the earlier text with its deletions struck and the later with its insertions underlined.

import type { Comparison, TextPiece } from '../../shared/workflow';

function Side({ pieces, side }: { pieces: readonly TextPiece[]; side: 'before' | 'after' }) {
  return (
    <div className="diff-text">
      {pieces.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'removed' ? (
          side === 'before' && <del key={i}>{p.text}</del>
        ) : (
          side === 'after' && <ins key={i}>{p.text}</ins>
        ),
      )}
    </div>
  );
}

export function VersionCompare({ comparison, left, right }: { comparison: Comparison; left: string; right: string }) {
  if (comparison.same) return <p className="versions-same">两个版本的内容相同。</p>;
  const rows = [...comparison.fields.map((f) => ({ key: f.field, name: f.name, before: f.before, after: f.after })), ...comparison.cells.map((c) => ({ key: c.key, name: c.name, before: c.before, after: c.after }))];
  return (
    <div className="version-compare" aria-label="版本比较">
      {rows.length > 0 && (
        <table className="changed-cells">
          <caption>改动的数字和信息（{rows.length} 处）</caption>
          <thead>
            <tr>
              <th scope="col">项目</th>
              <th scope="col">{left}</th>
              <th scope="col">{right}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-changed={r.key}>
                <th scope="row">{r.name}</th>
                <td>{r.before || '（空白）'}</td>
                <td>{r.after || '（空白）'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {comparison.parts.map((p) => (
        <section key={p.section} className="changed-part" data-changed={p.section} aria-label={`${p.name}的改动`}>
          <h2>{p.name}</h2>
          <div className="side-by-side">
            <Side pieces={p.pieces} side="before" />
            <Side pieces={p.pieces} side="after" />
          </div>
        </section>
      ))}
    </div>
  );
}
