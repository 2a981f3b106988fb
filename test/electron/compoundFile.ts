// Damaged Word 97-2003 files (compound files) made from a good one, for the .doc reader's tests.

/** The file with the directory's chain of sectors looped: directory → X → directory. */
export function loopedDirectory(doc: Uint8Array): Uint8Array {
  const out = doc.slice();
  const view = new DataView(out.buffer);
  const sectorSize = 2 ** view.getUint16(30, true);
  const directory = view.getInt32(48, true);
  const firstFatSector = view.getInt32(76, true);
  const fat = (sector: number) => (firstFatSector + 1) * sectorSize + sector * 4;
  const next = view.getInt32(fat(directory), true);
  const other = next >= 0 ? next : directory === 0 ? 1 : 0;
  view.setInt32(fat(directory), other, true);
  view.setInt32(fat(other), directory, true);
  return out;
}
