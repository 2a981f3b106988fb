// Types for the reader modules we use that ship none (word-extractor, pdf.js worker).
declare module 'word-extractor' {
  interface WordDocument {
    getBody(): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
}

// word-extractor's sector allocation table (pinned version 1.0.4; readers/doc.ts guards it).
declare module 'word-extractor/lib/ole-allocation-table' {
  export default class AllocationTable {
    _table: number[];
    getSecIdChain(startSecId: number): number[];
  }
}

// pdf.js's worker module: only set on globalThis so that pdf.js runs it in this thread.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
