// What a zip (an .xlsx) says it inflates to, read from its central directory before anything is
// inflated: a zip bomb is refused at the door. The declared sizes can lie; the parsing worker's
// memory limits stand behind this check.

/** Why the zip may not be inflated, in Chinese, or null. */
export function zipProblem(bytes: Uint8Array, maxInflated: number): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: in the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) return '文件已损坏：不是完整的 Excel（.xlsx）文件';
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return '文件已损坏：Excel（.xlsx）文件的目录不完整';
    const size = view.getUint32(at + 24, true);
    // 0xFFFFFFFF: the size is in a ZIP64 field — 4 GB or more, never a ledger.
    if (size === 0xffffffff) return '文件解压后过大，不像是台账表格，已拒绝读取';
    total += size;
    if (total > maxInflated) return `文件解压后超过 ${Math.round(maxInflated / 1024 / 1024)} MB，不像是台账表格（可能是恶意构造的压缩文件），已拒绝读取`;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return null;
}
