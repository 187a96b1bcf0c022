import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { bridgeToken, callOrThrow } from '../../api/client';
import { boxesForQuote, type PdfTextItem } from './pdf-highlight';

// The worker script is one of the app's own files; in a browser it needs the bridge's token.
pdfjs.GlobalWorkerOptions.workerSrc = window.ehcqa ? workerUrl : `${workerUrl}?t=${bridgeToken()}`;

export interface Highlight {
  readonly page: number;
  readonly quote: string;
  /** Changes on every click, so clicking the same evidence twice scrolls again. */
  readonly nonce: number;
}

interface RenderedPage {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfTextItem[];
  readonly toViewport: (box: readonly number[]) => number[];
  readonly draw: (canvas: HTMLCanvasElement) => Promise<void>;
}

/** One page's picture, drawn once its canvas is in the document. */
function PageCanvas({ page }: { page: RenderedPage }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    let live = true;
    page.draw(canvas).then(() => live && setDrawn(true), () => undefined);
    return () => {
      live = false;
    };
  }, [page]);
  return <canvas ref={ref} data-page={page.number} data-rendered={drawn ? 'true' : undefined} width={Math.floor(page.width)} height={Math.floor(page.height)} aria-label={`Page ${page.number}`} role="img" />;
}

const SCALE = 1;

/** The plan's PDF, page by page, with the clicked evidence highlighted and scrolled to. */
export function PdfViewer({ sha256, highlight }: { sha256: string; highlight: Highlight | null }) {
  const container = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<RenderedPage[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let doc: pdfjs.PDFDocumentProxy | null = null;
    (async () => {
      try {
        const { dataBase64 } = await callOrThrow('plans.pdf', { sha256 });
        const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
        doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
        // Text first (fast), so evidence can be highlighted at once; each page draws itself.
        const rendered: RenderedPage[] = [];
        for (let n = 1; n <= doc.numPages && !cancelled; n++) {
          const page = await doc.getPage(n);
          const viewport = page.getViewport({ scale: SCALE });
          const content = await page.getTextContent();
          rendered.push({
            number: n,
            width: viewport.width,
            height: viewport.height,
            items: content.items.filter((i): i is typeof i & PdfTextItem => 'str' in i),
            toViewport: (box) => viewport.convertToViewportRectangle(box as number[]),
            draw: (canvas) => page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise,
          });
        }
        if (!cancelled) setPages(rendered);
      } catch (e) {
        if (!cancelled) setError((e as Error).message || 'The PDF could not be shown.');
      }
    })();
    return () => {
      cancelled = true;
      void doc?.destroy();
    };
  }, [sha256]);

  useEffect(() => {
    if (!highlight) return;
    container.current?.querySelector(`[data-page-box="${highlight.page}"]`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    const mark = container.current?.querySelector('.highlight');
    mark?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, [highlight, pages.length]);

  return (
    <div className="pdf" ref={container} aria-label="Plan document" role="region" tabIndex={0}>
      {error && <p role="alert" className="error">{error}</p>}
      {pages.map((p) => {
        const boxes = highlight && highlight.page === p.number ? boxesForQuote(p.items, highlight.quote).map((b) => p.toViewport(b)) : [];
        return (
          <div key={p.number} className="pdf-page" data-page-box={p.number} style={{ width: p.width, height: p.height }}>
            <PageCanvas page={p} />
            {boxes.map(([x1, y1, x2, y2], i) => (
              <div key={`${highlight?.nonce}-${i}`} className="highlight" data-testid="evidence-highlight"
                style={{ left: Math.min(x1!, x2!), top: Math.min(y1!, y2!), width: Math.abs(x2! - x1!), height: Math.abs(y2! - y1!) }} />
            ))}
            <span className="page-number" aria-hidden="true">{p.number}</span>
          </div>
        );
      })}
    </div>
  );
}
