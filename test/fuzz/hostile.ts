import { createDeflate } from 'node:zlib';
import { seededRandom } from '../../core/text/seeded-random';
import { HELVETICA, type PdfObject, textContent, writePdf } from './pdf-writer';

/**
 * Hostile PDFs, seeded so a failing file can be made again from its seed and index. Three kinds
 * damage a real fixture plan (what a half-copied or bit-rotted file looks like); four are built
 * around a correct structure so the reader reaches the hostile part.
 */
export const HOSTILE_KINDS = ['flip', 'truncate', 'xref', 'bomb', 'nesting', 'pages', 'image'] as const;
export type HostileKind = (typeof HOSTILE_KINDS)[number];


const between = (random: () => number, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const PLAN_LINES = [
  'Education, Health and Care Plan',
  'Section A: The views, interests and aspirations of the child and their parents',
  'Section B: Special educational needs',
  'Section E: Outcomes',
  'Section F: Special educational provision',
];

/** Deflates `size` bytes of one repeated byte without ever holding them: about 1,000 to 1. */
async function deflateRepeated(size: number, byte: number): Promise<Buffer> {
  const chunk = Buffer.alloc(1024 * 1024, byte);
  const deflate = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  for (let left = size; left > 0; left -= chunk.length) {
    if (!deflate.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

/** Bombs and blank images of a few sizes, deflated once per run: deflating a gigabyte takes seconds. */
const deflated = new Map<string, Promise<Buffer>>();
function cachedDeflate(size: number, byte: number): Promise<Buffer> {
  const key = `${size}:${byte}`;
  let value = deflated.get(key);
  if (!value) deflated.set(key, (value = deflateRepeated(size, byte)));
  return value;
}

function onePage(content: PdfObject, pageExtra = '', extraObjects: PdfObject[] = [], resources = '/Font << /F1 3 0 R >>'): Buffer {
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    HELVETICA,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << ${resources} >> /Contents 5 0 R ${pageExtra} >>`,
    content,
    ...extraObjects,
  ]);
}

/** A page of readable text followed by a stream that inflates to `inflatedMb` MB of spaces. */
export async function inflateBomb(inflatedMb: number): Promise<Buffer> {
  const text = Buffer.from(`${textContent(PLAN_LINES)}\n`, 'latin1');
  const bomb = await cachedDeflate(inflatedMb * 1024 * 1024, 0x20);
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    HELVETICA,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents [5 0 R 6 0 R] >>',
    { dict: '', stream: text },
    { dict: '/Filter /FlateDecode', stream: bomb },
  ]);
}

/** `pageCount` pages sharing one small content stream: small on disk, long to read. */
export function manyPages(pageCount: number): Buffer {
  const first = 5;
  const kids = Array.from({ length: pageCount }, (_, i) => `${first + i} 0 R`).join(' ');
  const pages = Array.from({ length: pageCount }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>');
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`,
    HELVETICA,
    { dict: '', stream: Buffer.from(textContent(PLAN_LINES), 'latin1') },
    ...pages,
  ]);
}

/** Arrays or dictionaries nested `depth` deep, in the page object or in its content stream. */
export function deepNesting(depth: number, where: 'page' | 'content', shape: 'array' | 'dict'): Buffer {
  const nest = shape === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'<< /A '.repeat(depth)}1${' >>'.repeat(depth)}`;
  const text = textContent(PLAN_LINES);
  if (where === 'page') return onePage({ dict: '', stream: Buffer.from(text, 'latin1') }, `/Nest ${nest}`);
  return onePage({ dict: '', stream: Buffer.from(`${text}\nBT ${nest} TJ ET`, 'latin1') });
}

/** A page of text that also draws a blank image of width × height RGB pixels. */
export async function hugeImage(width: number, height: number): Promise<Buffer> {
  const pixels = await cachedDeflate(width * height * 3, 0xff);
  const content = Buffer.from(`${textContent(PLAN_LINES)}\nq 500 0 0 300 50 100 cm /Im1 Do Q`, 'latin1');
  return onePage({ dict: '', stream: content }, '', [
    { dict: `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode`, stream: pixels },
  ], '/Font << /F1 3 0 R >> /XObject << /Im1 6 0 R >>');
}

function flipBytes(plan: Uint8Array, random: () => number): Buffer {
  const out = Buffer.from(plan);
  const flips = between(random, 1, 64);
  for (let i = 0; i < flips; i++) {
    const at = Math.floor(random() * out.length);
    out[at] = out[at]! ^ (1 << between(random, 0, 7));
  }
  return out;
}

function truncate(plan: Uint8Array, random: () => number): Buffer {
  return Buffer.from(plan.subarray(0, Math.max(1, Math.floor(plan.length * (0.02 + random() * 0.97)))));
}

/** Damages the cross-reference data: the startxref offset, the table's rows, or both. */
function damageXref(plan: Uint8Array, random: () => number): Buffer {
  const out = Buffer.from(plan);
  const text = out.toString('latin1');
  const start = text.lastIndexOf('startxref');
  const mode = between(random, 0, 2);
  if (start >= 0 && mode !== 1) {
    const digits = /\d+/.exec(text.slice(start + 9, start + 40));
    if (digits) {
      const at = start + 9 + digits.index;
      const fake = String(Math.floor(random() * out.length * 2)).padStart(digits[0].length, '0').slice(0, digits[0].length);
      out.write(fake, at, 'latin1');
    }
  }
  const table = text.lastIndexOf('xref\n');
  if (table >= 0 && mode !== 0) {
    for (let i = 0; i < between(random, 1, 40); i++) out[table + 5 + Math.floor(random() * 400)] = between(random, 0x20, 0x7e);
  }
  return out;
}

export interface HostileFile {
  readonly kind: HostileKind;
  readonly name: string;
  readonly bytes: Buffer;
}

/** File `index` of the run `seed`: the same seed and index always give the same bytes. */
export async function hostileFile(seed: number, index: number, plans: readonly Uint8Array[]): Promise<HostileFile> {
  const random = seededRandom(seed * 1_000_003 + index);
  const kind = HOSTILE_KINDS[index % HOSTILE_KINDS.length]!;
  const plan = pick(random, plans);
  const name = `${String(index).padStart(5, '0')}-${kind}.pdf`;
  switch (kind) {
    case 'flip':
      return { kind, name, bytes: flipBytes(plan, random) };
    case 'truncate':
      return { kind, name, bytes: truncate(plan, random) };
    case 'xref':
      return { kind, name, bytes: damageXref(plan, random) };
    case 'bomb':
      return { kind, name, bytes: await inflateBomb(pick(random, [16, 128, 1024])) };
    case 'nesting':
      return { kind, name, bytes: deepNesting(pick(random, [500, 20_000, 200_000]), pick(random, ['page', 'content'] as const), pick(random, ['array', 'dict'] as const)) };
    case 'pages':
      return { kind, name, bytes: manyPages(pick(random, [300, 2_000, 6_000])) };
    case 'image': {
      const side = pick(random, [1_000, 10_000, 20_000]);
      return { kind, name, bytes: await hugeImage(side, side) };
    }
  }
}
